#!/usr/bin/env node
/**
 * The pane's initial JavaScript: every script that taskpane.html loads before
 * the pane can show anything (entry chunks, not the lazy panel chunks), raw and
 * gzipped, from the production build in dist/addin. Beside it, for the record,
 * the engine chunk group ("core", src/taskpane/loadCore.ts) the pane fetches
 * right after it starts, while Office starts up: the first command needs it
 * (from dist/addin.chunks.json, written by webpack.config.js).
 *
 *   node scripts/bundle-size.js            prints one JSON line
 *   node scripts/bundle-size.js --budget   also fails (exit 1) over the budget
 *
 * The budget (docs/PERFORMANCE.md): 200 KB gzipped at most. Gzip level 9 is
 * what static servers and CDNs use for pre-compressed assets; level 6 (the
 * usual on-the-fly default) is within a few KB of it and is printed too.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const BUDGET_GZIP_BYTES = 200 * 1024;
const root = path.resolve(__dirname, '..');

/** Scripts a page loads up front: <script src> tags in the built HTML, in order. */
function initialScripts(htmlFile) {
  const html = fs.readFileSync(htmlFile, 'utf8');
  const out = [];
  // The production HTML is minified: attribute quotes are optional.
  const re = /<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))[^>]*>/g;
  let m;
  while ((m = re.exec(html))) {
    const src = m[1] ?? m[2] ?? m[3];
    // office.js comes from Microsoft's CDN, or from the copy of it a `--env localOffice` build ships in office-js/
    // (webpack.config.js): Microsoft's code either way, not part of our budget.
    if (/^(https?:)?\/\//.test(src) || /^\.?\/?office-js\//.test(src)) continue;
    out.push(src.replace(/^\.?\//, '').split('?')[0]);
  }
  return out;
}

function measure(dist = path.join(root, 'dist', 'addin'), page = 'taskpane.html') {
  const htmlFile = path.join(dist, page);
  if (!fs.existsSync(htmlFile)) throw new Error(`${htmlFile} not found: run npm run build first`);
  const files = initialScripts(htmlFile);
  if (files.length === 0) throw new Error(`${htmlFile} loads no script of ours`);
  let rawBytes = 0;
  let gzipBytes = 0;
  let gzip6Bytes = 0;
  const chunks = [];
  for (const f of files) {
    const buf = fs.readFileSync(path.join(dist, f));
    const gz = zlib.gzipSync(buf, { level: 9 }).length;
    rawBytes += buf.length;
    gzipBytes += gz;
    gzip6Bytes += zlib.gzipSync(buf, { level: 6 }).length;
    chunks.push({ file: f, rawBytes: buf.length, gzipBytes: gz });
  }
  const lazy = fs.existsSync(path.join(dist, 'chunks'))
    ? fs.readdirSync(path.join(dist, 'chunks')).filter((f) => f.endsWith('.js')).length
    : 0;
  // The engine group: its files that the initial scripts do not already hold.
  const groupsFile = `${dist}.chunks.json`;
  let coreGzipBytes = null;
  if (fs.existsSync(groupsFile)) {
    const core = JSON.parse(fs.readFileSync(groupsFile, 'utf8')).core ?? [];
    coreGzipBytes = core
      .filter((f) => !files.includes(f) && fs.existsSync(path.join(dist, f)))
      .reduce((sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length, 0);
  }
  return {
    page,
    rawBytes,
    gzipBytes,
    gzip6Bytes,
    budgetGzipBytes: BUDGET_GZIP_BYTES,
    coreGzipBytes,
    chunks,
    lazyChunks: lazy,
  };
}

/** Newest modification time under a folder (for "is the build fresh?"). */
function newestMtime(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** dist/addin exists and is newer than everything it is built from. */
function buildIsFresh(dist = path.join(root, 'dist', 'addin')) {
  const html = path.join(dist, 'taskpane.html');
  if (!fs.existsSync(html)) return false;
  const built = fs.statSync(html).mtimeMs;
  const inputs = [
    newestMtime(path.join(root, 'src')),
    newestMtime(path.join(root, 'assets')),
    ...['manifest.xml', 'webpack.config.js', 'package-lock.json'].map((f) =>
      fs.existsSync(path.join(root, f)) ? fs.statSync(path.join(root, f)).mtimeMs : 0,
    ),
  ];
  return built >= Math.max(...inputs);
}

/**
 * For builds other than dist/addin (the browser test's): true when `stamp`
 * (written right after that build) is newer than every input of the build.
 */
function stampIsFresh(stamp, inputs) {
  if (!fs.existsSync(stamp)) return false;
  const built = fs.statSync(stamp).mtimeMs;
  return inputs.every((p) => {
    const abs = path.resolve(root, p);
    if (!fs.existsSync(abs)) return true;
    return (fs.statSync(abs).isDirectory() ? newestMtime(abs) : fs.statSync(abs).mtimeMs) <= built;
  });
}

module.exports = { measure, buildIsFresh, stampIsFresh, newestMtime, BUDGET_GZIP_BYTES };

if (require.main === module) {
  const r = measure();
  console.log(JSON.stringify({ case: 'pane initial JS', ...r, chunks: undefined, files: r.chunks.map((c) => c.file) }));
  if (process.argv.includes('--budget') && r.gzipBytes > BUDGET_GZIP_BYTES) {
    console.error(
      `bundle budget exceeded: the pane's initial JS is ${(r.gzipBytes / 1024).toFixed(1)} KB gzipped, ` +
        `the budget is ${BUDGET_GZIP_BYTES / 1024} KB. Load what only some panels need on demand (React.lazy).`,
    );
    process.exit(1);
  }
}
