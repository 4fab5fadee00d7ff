/** jsdom's test environment in the project's time zone (./zoned.js): `@jest-environment ./test/setup/env/jsdom.js`. */
'use strict';
module.exports = require('./zoned')(require('jest-environment-jsdom').TestEnvironment);
