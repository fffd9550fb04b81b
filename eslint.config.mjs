import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";

// Hosts the pure engine must never reach: it runs unchanged in the pane, the functions runtime and Node.
const hostModules = [
  "exceljs",
  "react",
  "react-dom",
  "fs",
  "path",
  "os",
  "child_process",
  "fflate",
  "fast-xml-parser",
  "csv-parse",
];

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "lib/**",
      "node_modules/**",
      "coverage/**",
      "bin/**",
      "bench/out/**",
      "*.config.js",
      "*.config.mjs",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Layout is Prettier's (office-addin-prettier-config); ESLint checks meaning only.
  prettier,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: ["src/engine/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: hostModules.map((name) => ({
            name,
            message: "src/engine is pure: no host, DOM, Node or file-format code.",
          })),
          patterns: [
            {
              group: ["node:*", "@fluentui/*", "office-addin-*", "@microsoft/*"],
              message: "src/engine is pure.",
            },
            {
              group: [
                "**/ports/**",
                "**/app/**",
                "**/adapters/**",
                "**/taskpane/**",
                "**/functions/**",
                "**/cli/**",
                "**/ports",
                "**/app",
                "**/adapters",
              ],
              message: "src/engine depends on nothing outside src/engine.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        "Excel",
        "Office",
        "window",
        "document",
        "process",
        "require",
      ],
    },
  }
);
