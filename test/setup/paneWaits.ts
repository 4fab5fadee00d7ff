/**
 * Waits in the pane's tests (`findBy…`, `waitFor`) end when what they wait for is there; how long they may try is
 * counted in work this test process did, not in wall time. testing-library gives up after a wall-clock second
 * (or the test's own `timeout`): on a machine busy with other work the pane's command may not even have run for
 * that long yet, and the test failed although nothing was wrong (a `findByText` in LedgerPanel.test.tsx, once).
 * Here a wait that gives up is tried again while this process's CPU time since the wait began is under
 * CPU_BUDGET_MS, so only a pane that did five seconds of work without showing the text fails; a pane that shows
 * nothing and does nothing fails at WALL_LIMIT_MS, before jest's own test timeout.
 *
 * Why five seconds and not testing-library's one: the process's CPU time counts the collector's threads too. In a
 * jest worker that has run many files before, a major collection of what they left can take most of a second, and
 * a pane's first read of its ledger at a load average of 6 (a fresh clone's `npm test`, 2026-12-08: SpotCheck's
 * first `findByRole`, at the manifest's minimum ExcelApi) went past one second of it with nothing wrong.
 */
import { configure, getConfig } from '@testing-library/dom';

const WALL_LIMIT_MS = 150_000;
const CPU_BUDGET_MS = 5_000;

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
          if (worked >= Math.max(getConfig().asyncUtilTimeout, CPU_BUDGET_MS) || Date.now() - wall0 >= WALL_LIMIT_MS)
            throw e;
        }
      }
    },
  });
}
