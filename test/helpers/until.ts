/**
 * Waits until `ready()` holds, looking every few milliseconds. It gives up when this test process has done a
 * second of work (CPU time) since the wait began without it holding, or after 150 s of wall time, whichever comes
 * first: a machine busy with other work delays the wait but cannot fail it (test/setup/paneWaits.ts does the same
 * for testing-library's waits).
 */
export async function until(ready: () => boolean, what: string, cpuBudgetMs = 1000): Promise<void> {
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const cpu0 = cpu();
  const wall0 = Date.now();
  while (!ready()) {
    if (cpu() - cpu0 > cpuBudgetMs || Date.now() - wall0 > 150_000) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}
