/** @type {import('jest').Config} */
module.exports = {
  // Node for the engine, workbook and CLI tests; React component tests opt into jsdom with a docblock.
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  reporters: ['default', '<rootDir>/tests/support/summaryReporter.js'],
};
