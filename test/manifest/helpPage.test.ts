import { markdownToHtml } from "../../webpack.config.js";

/** The Markdown subset the guide is written in; the help links land on its anchors. */
test("headings get GitHub anchors, section markers vanish, text is escaped", () => {
  const html = markdownToHtml(
    "## Excel add-in\n<!-- SECTION:addin -->\n### Worksheet functions (IBN.*)\nA <b> & `=IBN.LUMPSUM` **exact** [help](#x)."
  );
  expect(html).toBe(
    '<h2 id="excel-add-in">Excel add-in</h2>\n<h3 id="worksheet-functions-ibn">Worksheet functions (IBN.*)</h3>\n' +
      '<p>A &lt;b&gt; &amp; <code>=IBN.LUMPSUM</code> <strong>exact</strong> <a href="#x">help</a>.</p>'
  );
});

test("tables, lists and code blocks", () => {
  const html = markdownToHtml(
    "| NL | EN |\n|---|---|\n| `A` | B |\n\n- one\n  more\n- two\n\n1. first\n\n```\n<x>\n```"
  );
  expect(html).toBe(
    "<table><tr><th>NL</th><th>EN</th></tr><tr><td><code>A</code></td><td>B</td></tr></table>\n" +
      "<ul><li>one\n  more</li><li>two</li></ul>\n<ol><li>first</li></ol>\n<pre><code>&lt;x&gt;</code></pre>"
  );
});

test("a heading can fix its anchor, so a help link survives a reworded title", () => {
  expect(markdownToHtml("## Werkbladfuncties (IBN-financiën) {#nl-functions}")).toBe(
    '<h2 id="nl-functions">Werkbladfuncties (IBN-financiën)</h2>'
  );
});
