#!/usr/bin/env node
/**
 * The command line in one file: dist/node/rectify.js, made by webpack (which builds the pane already) from what tsc
 * wrote to dist/node, with cli/main.js as the entry. bin/rectify.js runs it when it is as new as tsc's output.
 *
 * Why: at every start node resolved, read and compiled the ~330 modules of dist/node one by one (1,081 resolutions,
 * ~100 ms of CPU for resolving alone); one file saves about 0.1 s of CPU at start and more in the first, cold pass of
 * the engine (docs/PERFORMANCE.md, "The command line's fixed costs"). Packages are not bundled: they are required from
 * node_modules as before (commander, fflate, the calendar's data, and ExcelJS, jszip or cli-progress only when a
 * command needs them). Nothing is minified or renamed, so a stack trace (RECTIFY_DEBUG=1) still names our functions.
 */
'use strict';
const path = require('path');
const webpack = require('webpack');

const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist', 'node');

const config = {
  mode: 'none',
  target: 'node20',
  context: root,
  entry: path.join(dist, 'cli', 'main.js'),
  output: { path: dist, filename: 'rectify.js', library: { type: 'commonjs2' } },
  // Node's own modules and every package stay require()s; only our relative modules go into the file.
  externalsPresets: { node: true },
  externals: [({ request }, callback) => (/^[./]/.test(request) ? callback() : callback(null, `commonjs ${request}`))],
  // __dirname stays node's (the package version is found by walking up from it, cli/main.ts).
  node: { __dirname: false, __filename: false },
  devtool: false,
  performance: { hints: false },
  infrastructureLogging: { level: 'error' },
};

webpack(config, (err, stats) => {
  if (err || stats.hasErrors() || stats.hasWarnings()) {
    console.error(err ? String(err) : stats.toString('errors-warnings'));
    process.exit(1);
  }
});
