#!/usr/bin/env node
// Entry point of the `rectify` command line. The TypeScript sources are
// compiled to dist/node by `npm ci` (the `prepare` script).
'use strict';
const path = require('path');
const fs = require('fs');
const dist = path.join(__dirname, '..', 'dist', 'node');

/** When a file was last written, or null when it is not there. */
function writtenAt(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return null;
  }
}

/**
 * The build to run: the one-file command line (scripts/bundle-cli.js), which node loads far faster than the ~330
 * modules it is made of, unless tsc has written the modules again since (a `tsc` run without the bundle step): then
 * the modules, so that what runs is always the code last compiled.
 */
function entry() {
  const modules = path.join(dist, 'cli', 'main.js');
  const bundle = path.join(dist, 'rectify.js');
  const m = writtenAt(modules);
  const b = writtenAt(bundle);
  if (b !== null && (m === null || b >= m)) return bundle;
  return m !== null ? modules : null;
}

const main = entry();
if (!main) {
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
// The bundle with its code cache (bin/load-bundle.js); tsc's modules as node loads them.
const cli = main.endsWith('rectify.js') ? require('./load-bundle').loadBundle(main).exports : require(main);
cli.run(process.argv).then((code) => {
  process.exitCode = code;
});
