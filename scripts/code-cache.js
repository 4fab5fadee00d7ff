#!/usr/bin/env node
/**
 * Makes V8's code cache of the one-file command line (bin/load-bundle.js uses it): runs demo, check and refresh on
 * a small demo ledger in one process, from the bundle compiled afresh, so that the functions a real run compiles are
 * compiled, then writes the cache beside the bundle. Run by `build:cli` after scripts/bundle-cli.js. The commands'
 * output is not shown (a child process with its output ignored); a failure only leaves no cache (the command line
 * then compiles as usual), never a failed build.
 */
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.join(__dirname, '..');
const bundle = path.join(root, 'dist', 'node', 'rectify.js');

if (process.argv[2] === '--child') {
  const { loadBundle } = require('../bin/load-bundle');
  const loaded = loadBundle(bundle, { useCache: false });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rectify-code-cache-'));
  const file = path.join(dir, 'demo.xlsx');
  const run = (...args) => loaded.exports.run([process.execPath, 'rectify', ...args]);
  (async () => {
    try {
      await run('demo', file, '--problems', '300', '--seed', '7', '--today', '2025-06-16');
      await run('check', file, '--today', '2025-07-20');
      await run('refresh', file, '-o', path.join(dir, 'refreshed.xlsx'), '--today', '2025-07-20');
      loaded.makeCache();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  })().then(
    () => process.exit(0),
    () => process.exit(1),
  );
} else {
  const { cacheFiles } = require('../bin/load-bundle');
  for (const f of Object.values(cacheFiles(bundle))) fs.rmSync(f, { force: true });
  const r = spawnSync(process.execPath, [path.join(__dirname, 'code-cache.js'), '--child'], {
    stdio: 'ignore',
    env: { ...process.env, CI: 'true' },
  });
  if (r.status !== 0) console.warn('code-cache: no code cache made (the command line will compile as usual)');
}
