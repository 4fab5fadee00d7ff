/**
 * jest.config.js's projects run in different time zones within one jest run, so one worker runs files of several
 * zones one after another. The zone is the worker's own `process.env.TZ` (Node re-reads it when it is set: Date and
 * Intl follow at once, and a child process a test starts inherits it). A test file cannot set it: its `process.env`
 * is the sandbox's copy. So the environment does, from its project's `testEnvironmentOptions.timeZone`, before it
 * makes the file's sandbox (whose `process.env` copies the worker's), and gives the worker its own zone back when
 * the file is done: a file that names jest's own environment (`@jest-environment jsdom`, as a test written
 * elsewhere may) then runs in the zone the worker started in — the users' zone, jest.config.js — never in the zone
 * of whatever file the worker ran before it.
 */
'use strict';

module.exports = (Base) =>
  class ZonedEnvironment extends Base {
    constructor(config, context) {
      const { timeZone, ...options } = config.projectConfig.testEnvironmentOptions;
      if (!timeZone)
        throw new Error(`jest.config.js: project ${config.projectConfig.displayName?.name} names no timeZone`);
      const workersZone = process.env.TZ;
      process.env.TZ = timeZone;
      super({ ...config, projectConfig: { ...config.projectConfig, testEnvironmentOptions: options } }, context);
      this.workersZone = workersZone;
    }

    async teardown() {
      try {
        await super.teardown();
      } finally {
        if (this.workersZone === undefined) delete process.env.TZ;
        else process.env.TZ = this.workersZone;
      }
    }
  };
