/** The tests the mutation check runs (stryker.config.mjs): the engine's and the codecs'. */
const base = require("./jest.config.js");

module.exports = {
  ...base,
  roots: ["<rootDir>/test/engine", "<rootDir>/test/ports"],
};
