/**
 * jest.config.js's projects run in different time zones within one jest run, so one worker runs files of several
 * zones one after another. The zone is the worker's own `process.env.TZ` (Node re-reads it when it is set: Date and
 * Intl follow at once, and a child process a test starts inherits it). A test file cannot set it: its `process.env`
 * is the sandbox's copy. So the environment does, from its project's `testEnvironmentOptions.timeZone`, before it
 * makes the file's sandbox (whose `process.env` copies the worker's). Every test file runs in one of these
 * environments (test/suiteTags.test.ts fails a file that names another).
 */
'use strict';

module.exports = (Base) =>
  class ZonedEnvironment extends Base {
    constructor(config, context) {
      const { timeZone, ...options } = config.projectConfig.testEnvironmentOptions;
      if (!timeZone)
        throw new Error(`jest.config.js: project ${config.projectConfig.displayName?.name} names no timeZone`);
      process.env.TZ = timeZone;
      super({ ...config, projectConfig: { ...config.projectConfig, testEnvironmentOptions: options } }, context);
    }
  };
