import pkg from "../../package.json";

/** The tool version written into every output's provenance line. */
export const version: string = pkg.version;
