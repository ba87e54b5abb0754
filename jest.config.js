// @ts-check
/** Unit tests mirror src/ under test/unit/. .ts runs in node, .tsx (components) in jsdom. */
const transform = {
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
    },
    {
      displayName: 'ui',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/unit/**/*.test.tsx'],
      transform,
      setupFilesAfterEnv: ['<rootDir>/test/unit/setupDom.ts'],
    },
  ],
};
