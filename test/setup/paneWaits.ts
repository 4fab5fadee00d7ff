/**
 * Waits in the pane's tests (`findBy…`, `waitFor`) end when what they wait for is there; how long they may try is
 * counted in work this test process did, not in wall time. testing-library gives up after a wall-clock second
 * (or the test's own `timeout`): on a machine busy with other work the pane's command may not even have run for
 * that long yet, and the test failed although nothing was wrong (a `findByText` in LedgerPanel.test.tsx, once).
 * Here a wait that gives up is tried again while this process's CPU time since the wait began is under that
 * bound, so only a pane that did a second of work without showing the text fails; a pane that shows nothing and
 * does nothing fails at WALL_LIMIT_MS, before jest's own test timeout.
 */
import { configure, getConfig } from '@testing-library/dom';

const WALL_LIMIT_MS = 150_000;

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

if (typeof document !== 'undefined') {
  // testing-library/react sets its own asyncWrapper (act) when it loads: load it first, then wrap that one.
  require('@testing-library/react');
  const inner = getConfig().asyncWrapper;
  configure({
    asyncWrapper: async (cb) => {
      const cpu0 = cpuMs();
      const wall0 = Date.now();
      for (;;) {
        try {
          return await inner(cb);
        } catch (e) {
          const worked = cpuMs() - cpu0;
          if (worked >= getConfig().asyncUtilTimeout || Date.now() - wall0 >= WALL_LIMIT_MS) throw e;
        }
      }
    },
  });
}
