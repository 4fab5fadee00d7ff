/** Node's test environment in the project's time zone (./zoned.js): jest.config.js's default. */
'use strict';
module.exports = require('./zoned')(require('jest-environment-node').TestEnvironment);
