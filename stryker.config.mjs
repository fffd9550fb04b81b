// The mutation check of the money files (README: "Mutation testing"). StrykerJS changes one
// operator, literal or condition at a time in the files that decide an amount and runs only the
// tests that cover that spot; a mutant no test notices is a rule no test pins.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "jest",
  jest: {
    projectType: "custom",
    // The unit tests of the engine and the cell/text codecs: the CLI tests run the compiled
    // command in lib/, which a mutant in src/ does not reach, and the rest add only minutes.
    configFile: "jest.mutate.config.js",
    enableFindRelatedTests: true,
  },
  coverageAnalysis: "perTest",
  mutate: [
    "src/engine/allocate.ts",
    "src/engine/apportion.ts",
    "src/engine/largerWeightFirst.ts",
    "src/engine/codePointCompare.ts",
    "src/engine/checkDecimals.ts",
    "src/engine/shareSlice.ts",
    "src/engine/periodTable.ts",
    "src/engine/allocateYear.ts",
    "src/engine/yearSlices.ts",
    "src/engine/prorateAmounts.ts",
    "src/engine/rational.ts",
    "src/engine/sumDec.ts",
    "src/engine/projection/roundComponents.ts",
    "src/ports/parseAmountText.ts",
    "src/ports/readAmountCell.ts",
  ],
  // Two cores, shared with other work: one mutant run per core at most.
  concurrency: 2,
  timeoutMS: 30000,
  reporters: ["clear-text", "progress", "json"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
  thresholds: { high: 95, low: 90, break: null },
};
