/**
 * Tags a test file carries in its first comment (its docblock), one per line:
 *
 *   @timezone <why>         the file's results can depend on the machine's time zone: `npm test` runs it a second
 *                           time under another zone (scripts/run-tests.js); test/suiteTags.test.ts fails for a file
 *                           that uses the local clock or zone without it.
 *   @excelApiMinimum <why>  what the file checks changes with the Excel's ExcelApi level: jest.config.js runs it a
 *                           second time at the manifest's minimum; test/setup/excelApiGuard.ts fails for a file that
 *                           reaches a member or question above that minimum without it.
 *
 * Read from the file each time, so a file added later needs nothing but its tag.
 */
'use strict';
const { readFileSync, readdirSync } = require('fs');
const { join } = require('path');

/** The tags of a test file's leading comment: name → the text after it (possibly ''). */
function tagsOf(file) {
  const text = readFileSync(file, 'utf8');
  const block = /^\s*\/\*\*([\s\S]*?)\*\//.exec(text);
  const tags = new Map();
  if (!block) return tags;
  for (const m of block[1].matchAll(/^\s*\*?\s*@([\w-]+)[ \t]*(.*)$/gm)) tags.set(m[1], m[2].trim());
  return tags;
}

const hasTag = (file, name) => tagsOf(file).has(name);

/** Every test file under `dir` (absolute paths), as jest.config.js's testMatch finds them. */
function testFiles(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...testFiles(p));
    else if (/\.test\.tsx?$/.test(e.name)) out.push(p);
  }
  return out.sort();
}

module.exports = { tagsOf, hasTag, testFiles };
