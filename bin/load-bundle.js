/**
 * Loads the one-file command line (dist/node/rectify.js) as node's require would, with V8's code cache when one was
 * made for this very file (scripts/code-cache.js, at `build:cli`): the functions a run compiles — the file's top
 * level and every function the engine calls on a ledger — are read back compiled instead of being parsed and compiled
 * again at every start. Measured on `refresh` of the 1,000-problem demo: about 50 ms of CPU less per run
 * (docs/PERFORMANCE.md, "Refresh's cold path").
 *
 * V8 checks a cache against the source's length only, so a cache is used only when the bundle is the one it was made
 * from (size and modification time, in the sidecar .json); otherwise, or if V8 rejects it, the file is compiled as
 * usual. The cache holds compiled code of our own file, nothing from a ledger.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const Module = require('module');

/** The cache's files beside the bundle: V8's data, and which build of the bundle it was made from. */
const cacheFiles = (bundle) => ({ data: `${bundle}.cache`, stamp: `${bundle}.cache.json` });

const stampOf = (bundle) => {
  const s = fs.statSync(bundle);
  return { size: s.size, mtimeMs: s.mtimeMs };
};

function cachedDataFor(bundle) {
  const { data, stamp } = cacheFiles(bundle);
  try {
    const made = JSON.parse(fs.readFileSync(stamp, 'utf8'));
    const now = stampOf(bundle);
    if (made.size !== now.size || made.mtimeMs !== now.mtimeMs) return undefined;
    return fs.readFileSync(data);
  } catch {
    return undefined;
  }
}

/**
 * The bundle's exports. With `useCache` false it is compiled from its source (the cache maker does so, then asks
 * for the cache with `makeCache()` once the run has compiled what it needs).
 */
function loadBundle(bundle, { useCache = true } = {}) {
  const source = fs.readFileSync(bundle, 'utf8');
  const cachedData = useCache ? cachedDataFor(bundle) : undefined;
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData });
  const mod = new Module(bundle, module);
  mod.filename = bundle;
  mod.paths = Module._nodeModulePaths(path.dirname(bundle));
  const requireFromBundle = Module.createRequire(bundle);
  script.runInThisContext().call(mod.exports, mod.exports, requireFromBundle, mod, bundle, path.dirname(bundle));
  mod.loaded = true;
  return {
    exports: mod.exports,
    cacheRejected: cachedData !== undefined && script.cachedDataRejected === true,
    makeCache() {
      const { data, stamp } = cacheFiles(bundle);
      fs.writeFileSync(data, script.createCachedData());
      fs.writeFileSync(stamp, JSON.stringify(stampOf(bundle)));
    },
  };
}

module.exports = { loadBundle, cacheFiles };
