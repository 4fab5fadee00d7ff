#!/usr/bin/env node
// Entry point of the `rectify` command line. The TypeScript sources are
// compiled to dist/node by `npm ci` (the `prepare` script).
'use strict';
const path = require('path');
const fs = require('fs');
const main = path.join(__dirname, '..', 'dist', 'node', 'cli', 'main.js');
if (!fs.existsSync(main)) {
  process.stderr.write(
    'rectify 尚未构建，请先运行 npm ci（或 npm run build:cli）。 / rectify is not built yet: run npm ci (or npm run build:cli).\n',
  );
  process.exit(2);
}
// A reader that stops early (`rectify check … | head`) closes the pipe: end quietly, as other command-line tools do,
// instead of printing a stack trace for the write that could not be delivered.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e && e.code === 'EPIPE') process.exit(process.exitCode || 0);
    throw e;
  });
}
require(main)
  .run(process.argv)
  .then((code) => {
    process.exitCode = code;
  });
