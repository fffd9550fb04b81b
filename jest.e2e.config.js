/**
 * The end-to-end suite: the built task pane in Debian's headless Chromium (playwright-core),
 * in file mode on the IBN example. Run with `npx jest -c jest.e2e.config.js`. One worker: the
 * suite builds the add-in once and drives one browser at a time on these 2-core machines.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.ts"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: {
          module: "commonjs",
          jsx: "react-jsx",
          isolatedModules: true,
          resolveJsonModule: true,
          esModuleInterop: true,
        },
      },
    ],
  },
  maxWorkers: 1,
  testTimeout: 240000,
};
