#!/usr/bin/env node
/**
 * Makes package-lock.json installable with `npm ci` from a registry that serves
 * only this platform's builds. npm records a package's optionalDependencies
 * (e.g. unrs-resolver's 20 platform bindings, pulled in by jest 30) but omits
 * the entries it could not fetch; `npm ci` then calls the lock "out of sync".
 * We drop the optional edges whose package the lock does not contain: they are
 * optional by definition and were never going to be installed here.
 * Run after every `npm install`; .ci/run runs it before `npm ci`. Idempotent.
 */
'use strict';
const fs = require('fs');
const path = require('path');

const file = path.join(__dirname, '..', 'package-lock.json');
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
let dropped = 0;
for (const [key, entry] of Object.entries(lock.packages || {})) {
  if (!entry.optionalDependencies) continue;
  for (const dep of Object.keys(entry.optionalDependencies)) {
    const nested = `${key}/node_modules/${dep}`;
    if (!lock.packages[`node_modules/${dep}`] && !lock.packages[nested]) {
      delete entry.optionalDependencies[dep];
      dropped++;
    }
  }
}
if (dropped > 0) {
  fs.writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
  console.log(`fix-lock: dropped ${dropped} optional dependencies this registry does not serve`);
}
