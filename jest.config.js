// @ts-check
/** Unit tests mirror src/ under test/unit/. .ts runs in node, .tsx (components) in jsdom. */
/** ESM-only packages the code imports: ts-jest turns them into CommonJS for Jest. */
const esmPackages = ['syllable'];
const transformIgnorePatterns = [`/node_modules/(?!(${esmPackages.join('|')})/)`];

const transform = {
  [`/node_modules/(${esmPackages.join('|')})/.+\\.js$`]: [
    'ts-jest',
    { tsconfig: { allowJs: true, module: 'commonjs', target: 'ES2020', isolatedModules: true } },
  ],
  '^.+\\.tsx?$': [
    'ts-jest',
    {
      tsconfig: {
        jsx: 'react-jsx',
        module: 'commonjs',
        moduleResolution: 'node10',
        target: 'ES2020',
        isolatedModules: true,
        esModuleInterop: true,
      },
    },
  ],
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
      transform,
      transformIgnorePatterns,
    },
    {
      displayName: 'ui',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/unit/**/*.test.tsx'],
      transform,
      transformIgnorePatterns,
      setupFilesAfterEnv: ['<rootDir>/test/unit/setupDom.ts'],
    },
  ],
};
