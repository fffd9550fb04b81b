/*
 * Builds the Excel add-in into dist/: the task pane page (which is also the shared runtime's
 * page), the worksheet functions bundle with its metadata in English (functions.json, from the
 * JSDoc) and Dutch (functions.nl.json), the manifest, icons, office.js served with the add-in
 * (no CDN) and help.html, the user guide in Dutch and English (docs/guide.*.md), where the
 * pane's, the manifest's and the functions' help links land.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const DIST = path.resolve(__dirname, "dist");
const OFFICE_JS = path.resolve(__dirname, "node_modules/@microsoft/office-js/dist");
/**
 * Where the page loads office.js from. Served with the add-in by default: Microsoft allows a
 * local copy for internal deployment (sideloading, a shared-folder catalog, centralized
 * deployment by an administrator), and the pane then needs nothing from the internet. An add-in
 * published through AppSource must load it from Microsoft's CDN: `OFFICE_JS=cdn npm run build`.
 */
const OFFICE_JS_FROM_CDN = process.env.OFFICE_JS === "cdn";
const OFFICE_JS_SRC = OFFICE_JS_FROM_CDN
  ? "https://appsforoffice.microsoft.com/lib/1/hosted/office.js"
  : "./office.js";
const FUNCTIONS = "./src/functions/functions.ts";
const DUTCH = path.resolve(__dirname, "src/functions/functions.nl.json");

/**
 * functions.nl.json from the generated functions.json and the Dutch texts, checked so that
 * every function and parameter has them. Both files get `allowErrorForDataTypeAny`, which the
 * JSDoc cannot express: error values then reach the functions, which name them in #VALUE!.
 */
class DutchFunctionsMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("DutchFunctionsMetadata", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "DutchFunctionsMetadata",
          stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL,
        },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return;
          compilation.fileDependencies.add(DUTCH);
          const english = {
            ...JSON.parse(asset.source.source().toString()),
            allowErrorForDataTypeAny: true,
          };
          const dutch = JSON.parse(fs.readFileSync(DUTCH, "utf8"));
          const problems = [];
          const functions = english.functions.map((f) => {
            const nl = dutch[f.id];
            if (!nl) return problems.push(`no Dutch text for ${f.id}`) && f;
            const parameters = f.parameters.map((p) => {
              const q = nl.parameters[p.name];
              if (!q) problems.push(`no Dutch text for ${f.id}(${p.name})`);
              return q ? { ...p, name: q.name, description: q.description } : p;
            });
            // The Dutch functions' help lands on the Dutch section of the guide.
            const helpUrl = f.helpUrl && f.helpUrl.replace("#en-", "#nl-");
            return {
              ...f,
              description: nl.description,
              parameters,
              ...(helpUrl ? { helpUrl } : {}),
            };
          });
          for (const id of Object.keys(dutch))
            if (!english.functions.some((f) => f.id === id))
              problems.push(`Dutch text for unknown function ${id}`);
          for (const p of problems)
            compilation.errors.push(new webpack.WebpackError(`functions.nl.json: ${p}`));
          compilation.updateAsset(
            "functions.json",
            new webpack.sources.RawSource(JSON.stringify(english, null, 2))
          );
          compilation.emitAsset(
            "functions.nl.json",
            new webpack.sources.RawSource(JSON.stringify({ ...english, functions }, null, 2))
          );
        }
      );
    });
  }
}

const escapeHtml = (s) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
/** GitHub's heading anchors, so help.html#section matches links written against the Markdown. */
const slug = (text) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, "")
    .replace(/ /g, "-");
const inline = (s) =>
  escapeHtml(s)
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '<a href="$2">$1</a>');
const cells = (row) =>
  row
    .trim()
    .replace(/^\||\|$/g, "")
    .split("|")
    .map((c) => c.trim());

/** A small subset of Markdown (headings, paragraphs, lists, tables, code) as HTML. */
function markdownToHtml(markdown) {
  const out = [];
  const lines = markdown.split(/\r?\n/);
  for (let i = 0; i < lines.length;) {
    const line = lines[i];
    const heading = /^(#{1,6})\s+(.*?)(?:\s+\{#([\w-]+)\})?$/.exec(line);
    const take = (test) => {
      const block = [];
      while (i < lines.length && test(lines[i])) block.push(lines[i++]);
      return block;
    };
    if (/^<!--.*-->$/.test(line.trim())) {
      i++; // an HTML comment (the README's section markers) shows nothing
    } else if (line.startsWith("```")) {
      const end = lines.indexOf("```", i + 1) === -1 ? lines.length : lines.indexOf("```", i + 1);
      out.push(`<pre><code>${escapeHtml(lines.slice(i + 1, end).join("\n"))}</code></pre>`);
      i = end + 1;
    } else if (heading) {
      // `## Title {#id}` keeps a stable anchor for the help links whatever the title says.
      out.push(
        `<h${heading[1].length} id="${heading[3] ?? slug(heading[2])}">${inline(heading[2])}</h${heading[1].length}>`
      );
      i++;
    } else if (line.startsWith("|")) {
      const [head, , ...body] = take((l) => l.startsWith("|"));
      const row = (r, tag) =>
        `<tr>${cells(r)
          .map((c) => `<${tag}>${inline(c)}</${tag}>`)
          .join("")}</tr>`;
      out.push(`<table>${row(head, "th")}${body.map((r) => row(r, "td")).join("")}</table>`);
    } else if (/^\s*([-*]|\d+\.)\s/.test(line)) {
      const items = take((l) => /^\s*([-*]|\d+\.)\s/.test(l) || /^\s{2,}\S/.test(l));
      const tag = /^\s*\d+\./.test(line) ? "ol" : "ul";
      const joined = items.join("\n").split(/\n(?=\s*(?:[-*]|\d+\.)\s)/);
      out.push(
        `<${tag}>${joined.map((it) => `<li>${inline(it.replace(/^\s*([-*]|\d+\.)\s/, ""))}</li>`).join("")}</${tag}>`
      );
    } else if (line.trim() === "") {
      i++;
    } else {
      out.push(
        `<p>${inline(take((l) => l.trim() !== "" && !/^(#|```|\||\s*([-*]|\d+\.)\s)/.test(l)).join(" "))}</p>`
      );
    }
  }
  return out.join("\n");
}

const GUIDES = [
  { lang: "nl", file: path.resolve(__dirname, "docs/guide.nl.md"), name: "Nederlands" },
  { lang: "en", file: path.resolve(__dirname, "docs/guide.en.md"), name: "English" },
];

/** Readable at a task pane's width and on a full screen; tables scroll rather than widen the page. */
const HELP_STYLE = `body{font-family:"Segoe UI",system-ui,sans-serif;line-height:1.5;margin:0 auto;
max-width:48rem;padding:0 1rem 3rem;color:#242424}nav{padding:.75rem 0;border-bottom:1px solid #d1d1d1}
article{border-bottom:1px solid #d1d1d1;padding-bottom:2rem}table{border-collapse:collapse;display:block;
overflow-x:auto}th,td{border:1px solid #d1d1d1;padding:.25rem .5rem;text-align:left;vertical-align:top}
code{background:#f5f5f5;padding:0 .2rem;overflow-wrap:anywhere}`;

/**
 * dist/help.html: the user guide for controllers and IBN finance, Dutch then English on one page
 * (no server is needed, so it opens from disk beside taskpane.html too). The pane links to #nl
 * or #en; the manifest and the functions link to their sections' fixed anchors.
 */
class HelpPagePlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("HelpPage", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "HelpPage", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const nav = GUIDES.map((g) => `<a href="#${g.lang}" lang="${g.lang}">${g.name}</a>`).join(
            " · "
          );
          const articles = GUIDES.map((g) => {
            compilation.fileDependencies.add(g.file);
            const body = markdownToHtml(fs.readFileSync(g.file, "utf8"));
            return `<article lang="${g.lang}">${body}</article>`;
          }).join("\n");
          const page = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>IBN-lumpsum: handleiding / guide</title><style>${HELP_STYLE}</style></head><body><nav>${nav}</nav>${articles}</body></html>`;
          compilation.emitAsset("help.html", new webpack.sources.RawSource(page), {
            minimized: true,
          });
        }
      );
    });
  }
}

/**
 * HTTPS for the dev server without manual steps: the Office dev certificates when present
 * (trusted with `npx office-addin-dev-certs install`), else generated now without trusting
 * them (that needs admin rights), else webpack-dev-server's own self-signed certificate.
 */
async function httpsServer() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = {
    ca: path.join(dir, "ca.crt"),
    cert: path.join(dir, "localhost.crt"),
    key: path.join(dir, "localhost.key"),
  };
  try {
    if (!fs.existsSync(files.cert))
      await require("office-addin-dev-certs/lib/generate").generateCertificates(
        files.ca,
        files.cert,
        files.key
      );
    return {
      type: "https",
      options: {
        ca: fs.readFileSync(files.ca),
        cert: fs.readFileSync(files.cert),
        key: fs.readFileSync(files.key),
      },
    };
  } catch (e) {
    console.warn(
      `Office dev certificates unavailable (${e.message}); using a self-signed certificate.`
    );
    return "https";
  }
}

module.exports = async (_env, argv) => {
  const production = argv.mode !== "development";
  return {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-source-map",
    // The pane runs on top of the functions bundle: one runtime page, one copy of the engine
    // and its state for both (the shared runtime's point); functions.js stays self-contained.
    entry: {
      functions: FUNCTIONS,
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
    },
    // Chunks load relative to the page: no guessing from document.currentScript, which the
    // functions runtime (and a VM) may not have.
    output: {
      path: DIST,
      publicPath: "",
      filename: "[name].js",
      chunkFilename: "[name].[contenthash].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        // Type-checking is `npm run typecheck`; the build only transpiles.
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { noEmit: false } },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS }),
      new DutchFunctionsMetadataPlugin(),
      new HelpPagePlugin(),
      // The functions chunk is loaded by the pane page: in a shared runtime that page runs them.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        templateParameters: { officeJs: OFFICE_JS_SRC },
        chunks: ["functions", "taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "manifest.xml", to: "manifest.xml" },
          { from: "assets/*.png", to: "assets/[name][ext]" },
          ...(OFFICE_JS_FROM_CDN
            ? []
            : [
                // office.js and what it loads next to itself: the host file for each Excel, the
                // localized strings, its telemetry helper, and the mapping table without which
                // Office.onReady never resolves outside Office.
                // Marked minimized: Terser would otherwise spend minutes re-minifying Microsoft's files.
                {
                  from: "{office,o15apptofilemappingtable}.js",
                  context: OFFICE_JS,
                  info: { minimized: true },
                },
                {
                  from: "excel-*.js",
                  context: OFFICE_JS,
                  globOptions: { ignore: ["**/*.debug.js"] },
                  info: { minimized: true },
                },
                { from: "*/office_strings.js", context: OFFICE_JS, info: { minimized: true } },
                {
                  from: "telemetry/oteljs_agave.js",
                  context: OFFICE_JS,
                  info: { minimized: true },
                },
              ]),
        ],
      }),
    ],
    performance: {
      // Only our own bundles count; office.js and its host files are Office's.
      assetFilter: (file) => /^(functions|taskpane)\b.*\.js$/.test(file),
      maxEntrypointSize: 1_000_000,
      maxAssetSize: 1_000_000,
    },
    devServer: {
      port: 3000,
      server: await (process.env.WEBPACK_SERVE ? httpsServer() : Promise.resolve("https")),
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: false,
      liveReload: false,
      client: false,
    },
  };
};

module.exports.markdownToHtml = markdownToHtml;
