// The shape of webpack.config.js for the TypeScript that imports it (tests build with it and
// check its Markdown renderer).
import type { Configuration } from "webpack";

declare function makeConfig(env: unknown, argv: { mode?: string }): Promise<Configuration>;
declare namespace makeConfig {
  /** The README's subset of Markdown as HTML, for help.html. */
  function markdownToHtml(markdown: string): string;
}
export = makeConfig;
