/**
 * jest --filter for the second time zone of `npm test`: keeps the test files tagged `@timezone` (scripts/testTags.js).
 * The rest of the suite does not read the local clock or zone, so a second run would repeat the first.
 */
'use strict';
const { hasTag } = require('./testTags');

module.exports = async (testPaths) => ({ filtered: testPaths.filter((p) => hasTag(p, 'timezone')) });
