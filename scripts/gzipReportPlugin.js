// @ts-check
/** Prints each emitted JavaScript asset's raw and gzip size after a build (the commands bundle runs on every send). */
const zlib = require('node:zlib');

class GzipReportPlugin {
  /** @param {string} label */
  constructor(label) {
    this.label = label;
  }

  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    const { Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('GzipReportPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'GzipReportPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          const rows = [];
          for (const [file, source] of Object.entries(assets)) {
            if (!file.endsWith('.js')) continue;
            const raw = source.buffer();
            const gzip = zlib.gzipSync(raw, { level: 9 }).length;
            rows.push(
              `  ${file}: ${(raw.length / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzip`,
            );
          }
          if (rows.length > 0) console.log(`[${this.label}] bundle sizes\n${rows.sort().join('\n')}`);
        },
      );
    });
  }
}

module.exports = { GzipReportPlugin };
