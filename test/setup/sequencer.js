/**
 * The order jest starts test files in. Jest runs the longest first when its cache knows how long each took (the
 * last run in this checkout); without that — a fresh clone, CI — it goes by file size, and the 50,000-row import,
 * a small file, started 578 s into a 725 s run and ran 68 s of it on one worker. Here, files without a known
 * duration that are tagged `@uninstrumented` (the engine at scale, the corpus: the heaviest by what they are) start
 * first; everything else keeps jest's order.
 */
'use strict';
// jest's own sequencer, as jest-config (which depends on it) finds it: not a dependency of ours.
const Sequencer = require(require.resolve('@jest/test-sequencer', { paths: [require.resolve('jest-config')] })).default;
const { hasTag } = require('../../scripts/testTags');

class HeavyFirst extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    const heavy = (t) => t.duration == null && hasTag(t.path, 'uninstrumented');
    return [...sorted.filter(heavy), ...sorted.filter((t) => !heavy(t))];
  }
}

module.exports = HeavyFirst;
