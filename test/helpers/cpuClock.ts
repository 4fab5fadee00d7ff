import { readFileSync } from 'fs';

/**
 * Milliseconds of CPU this test process has used (all its threads). Timing assertions measure with it, not with
 * the wall clock: on a machine busy with other work the wall clock runs on while this process waits for a core,
 * and a test that is fast enough failed (test/xlsx/read/bounds.test.ts took 9.1 s of wall time for its 8 s limit
 * at a load average of 25 on two cores). Work in a child process is not counted: time that in the child.
 */
export function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Milliseconds of CPU used by this process and by the child processes it has waited for (LibreOffice, Python,
 * `execFileSync`), from /proc/self/stat (utime, stime, cutime, cstime, in ticks of 1/100 s on Linux); elsewhere
 * this process only.
 */
export function cpuWithChildrenNow(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command name "(…)": state is field 3, utime … cstime are fields 14–17.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields.slice(11, 15).reduce((sum, f) => sum + Number(f), 0) * 10;
  } catch {
    return cpuNow();
  }
}
