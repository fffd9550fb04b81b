/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // Type-checking is `npm run typecheck`; transpiling alone keeps the suite fast.
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { module: "commonjs", jsx: "react-jsx", isolatedModules: true } },
    ],
  },
  moduleNameMapper: {
    // office-addin-mock needs only its OfficeApp enum; the package's ESM-only dependencies do not load under jest.
    "^office-addin-manifest$": "<rootDir>/test/setup/officeAddinManifest.ts",
  },
  // Excel's custom-functions runtime defines CustomFunctions.Error; the functions throw it.
  setupFiles: ["<rootDir>/test/setup/customFunctions.ts"],
  testTimeout: 30000,
};
