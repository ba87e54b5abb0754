// @ts-check
/**
 * Three builds, selected with --config-name:
 * - taskpane:  the React task pane (lazy chunks allowed) + manifest, assets, support page.
 * - commands:  ONE self-contained file for function commands and event handlers. It must load
 *              as-is in classic Outlook's JavaScript-only runtime: no chunks, no runtime chunk,
 *              no dev-server client, no React (platform.md, GH4391).
 * - workbench: the dev-only Outlook simulator and its Office runtime. Never part of dist/.
 *
 * Production: `ADDIN_BASE_URL=https://host/path npm run build` rewrites every dev URL
 * (https://localhost:3000) in the manifest. Without ADDIN_BASE_URL the dev URLs stay, which is
 * what the workbench and the browser tests serve.
 */
const fs = require('node:fs');
const path = require('node:path');
const { DefinePlugin } = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { GzipReportPlugin } = require('./scripts/gzipReportPlugin.js');
const { addinBaseUrl, manifestForBase } = require('./scripts/manifestForBase.js');

/** The application id the workbench's nested app authentication accepts (not a real Entra app). */
const WORKBENCH_CLIENT_ID = '00000000-0000-4000-8000-00000000c0de';

/** @param {Record<string, string | boolean | undefined>} env @param {{ mode?: string }} argv */
module.exports = (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  const outDir = path.resolve(__dirname, String(env['outDir'] || (production ? 'dist' : 'build/dev')));
  const workbenchOutDir = path.resolve(__dirname, String(env['workbenchOutDir'] || 'build/workbench'));
  const base = addinBaseUrl(process.env['ADDIN_BASE_URL']);
  // Connected mode (src/shared/graph/graphConfig.ts): the Entra application id from REACHPLAN_CLIENT_ID
  // (README, "Connected mode"); builds for the workbench (no ADDIN_BASE_URL) get the workbench's own id,
  // which only its loopback sign-in accepts. The add-in id names the custom properties in Exchange.
  const clientId =
    process.env['REACHPLAN_CLIENT_ID'] || (process.env['ADDIN_BASE_URL'] ? '' : WORKBENCH_CLIENT_ID);
  if (clientId && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(clientId)) {
    throw new Error(`REACHPLAN_CLIENT_ID must be an application (client) id, a GUID; got "${clientId}"`);
  }
  const addinId = /<Id>\s*([^<\s]+)\s*<\/Id>/.exec(
    fs.readFileSync(path.join(__dirname, 'manifest.xml'), 'utf8'),
  )?.[1];
  if (!addinId) throw new Error('manifest.xml has no <Id>');
  const connectedConfig = new DefinePlugin({
    __REACHPLAN_CLIENT_ID__: JSON.stringify(clientId),
    __REACHPLAN_ADDIN_ID__: JSON.stringify(addinId),
  });

  const tsRule = (/** @type {Record<string, unknown>} */ compilerOptions = {}) => ({
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: 'ts-loader',
      options: { transpileOnly: true, compilerOptions: { noEmit: false, ...compilerOptions } },
    },
  });

  const common = {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    performance: { hints: false },
    stats: 'errors-warnings',
  };

  /** @type {import('webpack').Configuration} */
  const taskpane = {
    ...common,
    name: 'taskpane',
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: outDir,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '',
      clean: { keep: /^commands\.(js|html)/ },
    },
    // Connected mode's chunk is a layer of its own: the modules it shares with the pane (the domain
    // core, luxon) get their own copies there. Shared instead, webpack would keep every luxon export
    // the chunk uses in the pane's initial bundle (about 19 KB gzip more) for users who never turn it on.
    experiments: { layers: true },
    // ...and it loads as one file: split, MSAL would land in numbered chunks shared with nothing else.
    optimization: {
      splitChunks: { chunks: (chunk) => !chunk.canBeInitial() && chunk.name !== 'connected' },
    },
    module: {
      rules: [
        { test: /src[\\/]shared[\\/]graph[\\/]connectedRuntime\.ts$/, layer: 'connected' },
        { issuerLayer: 'connected', layer: 'connected' },
        tsRule(),
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/support/support.html', to: 'support.html' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => manifestForBase(content.toString(), base),
          },
        ],
      }),
      connectedConfig,
      new GzipReportPlugin('taskpane'),
    ],
  };

  /** @type {import('webpack').Configuration} */
  const commands = {
    ...common,
    name: 'commands',
    // The JavaScript-only runtime: stay on ES2017 syntax and a single classic script.
    target: ['web', 'es2017'],
    entry: { commands: './src/commands/commands.ts' },
    output: {
      path: outDir,
      filename: 'commands.js',
      publicPath: '',
      chunkLoading: false,
      wasmLoading: false,
      asyncChunks: false,
      iife: true,
    },
    optimization: { splitChunks: false, runtimeChunk: false },
    module: {
      rules: [
        tsRule({ target: 'ES2017' }),
        {
          // Libraries ship newer syntax (luxon: object spread): lower them to ES2017 too.
          test: /\.m?js$/,
          include: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              compilerOptions: { allowJs: true, noEmit: false, target: 'ES2017', module: 'ESNext' },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        scriptLoading: 'blocking',
        inject: 'body',
      }),
      new GzipReportPlugin('commands'),
    ],
  };

  /** @type {import('webpack').Configuration} */
  const workbench = {
    ...common,
    name: 'workbench',
    entry: {
      workbench: './workbench/app/index.tsx',
      'office-runtime': './workbench/runtime/index.ts',
      // Scripted stand-ins for the add-in's pages, for the workbench's own browser tests.
      'test-addin/commands': './workbench/testAddin/testCommands.ts',
      'test-addin/taskpane': './workbench/testAddin/testTaskpane.ts',
    },
    output: {
      path: workbenchOutDir,
      filename: '[name].js',
      publicPath: '/workbench/',
      clean: true,
    },
    module: { rules: [tsRule()] },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: './workbench/app/index.html',
        chunks: ['workbench'],
        scriptLoading: 'defer',
      }),
      ...['commands', 'taskpane'].map(
        (page) =>
          new HtmlWebpackPlugin({
            filename: `test-addin/${page}.html`,
            template: './workbench/testAddin/page.html',
            title: `Workbench test ${page}`,
            chunks: [`test-addin/${page}`],
            scriptLoading: 'blocking',
            inject: 'body',
          }),
      ),
    ],
  };

  return [taskpane, commands, workbench];
};
