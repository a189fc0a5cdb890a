/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  testTimeout: 20000,
  // Jest's default is one worker fewer than the cores: on a 2-core CI machine, one. Every core
  // halves the suite there (556 s → 268 s, Node 20, same tests passing).
  maxWorkers: '100%',
};
