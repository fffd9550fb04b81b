#!/usr/bin/env node
"use strict";
// The compiled CLI lives in lib/ (built by `npm run build:cli`, which `npm install` runs via `prepare`).
require("../lib/src/cli/main.js")
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
