/**
 * The command line starts from V8's code cache of its one-file bundle (bin/load-bundle.js, made at build time by
 * scripts/code-cache.js): the cache that `npm ci` made is accepted, and a cache is never used for a file other than
 * the one it was made from — V8 itself compares only the source's length, so a rebuilt bundle of the same length
 * would otherwise run the old code.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, statSync, utimesSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

type Loaded = { exports: Record<string, unknown>; cacheRejected: boolean; makeCache(): void };
const { loadBundle, cacheFiles } = require('../../bin/load-bundle') as {
  loadBundle(file: string, opts?: { useCache?: boolean }): Loaded;
  cacheFiles(file: string): { data: string; stamp: string };
};

const root = join(__dirname, '..', '..');
const bundle = join(root, 'dist', 'node', 'rectify.js');

test('the build made a cache for the bundle, V8 accepts it, and the command line runs from it', () => {
  expect(Object.values(cacheFiles(bundle)).map(existsSync)).toEqual([true, true]);
  const loaded = loadBundle(bundle);
  expect(loaded.cacheRejected).toBe(false);
  expect(typeof loaded.exports.run).toBe('function');
  const out = execFileSync(process.execPath, [join(root, 'bin', 'rectify.js'), '--version'], { encoding: 'utf8' });
  expect(out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
});

test('a cache made for another build of the file is not used, even when the two have the same length', () => {
  const dir = mkdtempSync(join(tmpdir(), 'code-cache-'));
  const file = join(dir, 'rectify.js');
  writeFileSync(file, "exports.value = function () { return 'first build'; };\n");
  const first = loadBundle(file, { useCache: false });
  expect((first.exports.value as () => string)()).toBe('first build');
  first.makeCache();
  expect(loadBundle(file).cacheRejected).toBe(false);

  writeFileSync(file, "exports.value = function () { return 'later build'; };\n");
  const newer = statSync(file).mtimeMs / 1000 + 5;
  utimesSync(file, newer, newer);
  const later = loadBundle(file);
  expect((later.exports.value as () => string)()).toBe('later build');
});
