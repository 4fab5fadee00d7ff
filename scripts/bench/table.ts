/**
 * The bench's table for people: every figure beside its goal, the ratio of
 * the two (or to the ExcelJS floor, where the goal is a ratio to it), met or
 * not. Built from the JSON lines the cases printed; a figure a run did not
 * measure (--quick, a case that failed) is said to be missing, not left out.
 */
import { cpus, loadavg } from 'os';

/** The goals (docs/PERFORMANCE.md). */
export const GOALS = {
  /** readWorkbook + checkWorkbook + planRefresh at 10,000 problems, median, every core busy. */
  engineMs: 1000,
  /** `rectify check` / `refresh`, as a multiple of ExcelJS loading and saving the same file. */
  checkRatio: 0.3,
  refreshRatio: 0.3,
  /** `rectify import`, as a multiple of ExcelJS reading the source and writing the ledger's cells. */
  importRatio: 1.5,
  importMB: 600,
  /** Peak memory of each command on the 10,000-problem demo. */
  commandMB: 500,
  paneGzipKB: 200,
  /** Office.js: fixed syncs per command (the same at every size), data chunks at 10,000 problems, request size. */
  fixedSyncs: 4,
  dataChunks: 6,
  requestBytes: 4 * 1024 * 1024,
} as const;

/** The commands whose peak memory is measured on the 10,000-problem demo. */
export const MEMORY_COMMANDS = ['check', 'refresh', 'report', 'letters', 'progress'] as const;

type Line = { case: string; problems: number | null; tasks: number | null; ms: number } & Record<string, unknown>;
type Row = [figure: string, measured: string, goal: string, ratio: string, met: string];

const n = (x: number) => x.toLocaleString('en-US');
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const met = (ok: boolean | null) => (ok === null ? '-' : ok ? 'met' : 'NOT MET');
const MISSING = (figure: string, goal: string): Row => [figure, 'not measured', goal, '-', '-'];

export function tableRows(lines: Line[], quick: boolean): Row[] {
  const get = (c: string, p?: number) => lines.find((l) => l.case === c && (p === undefined || l.problems === p));
  const rows: Row[] = [];
  const size = quick ? 1_000 : 10_000;

  const eng = get('engine read+check+refresh');
  const engFigure = `engine read+check+refresh, ${n(size)} problems${eng ? ` / ${n(eng.tasks ?? 0)} measures` : ''}`;
  const engGoal = `<= ${n(GOALS.engineMs)} ms (10,000, under load)`;
  if (eng) {
    const runs = (eng.runs as number[]).length;
    rows.push([
      `${engFigure}, median of ${runs} while ${String(eng.load)}`,
      `${n(eng.ms)} ms (read ${n(eng.readMs as number)}, check ${n(eng.checkMs as number)}, refresh ${n(eng.refreshMs as number)}; CPU ${n(eng.cpuMs as number)} ms)`,
      engGoal,
      `${(eng.ms / GOALS.engineMs).toFixed(2)}x goal`,
      met(quick ? null : eng.ms <= GOALS.engineMs),
    ]);
  } else rows.push(MISSING(engFigure, engGoal));
  const ledger = get('engine ledger report');
  if (ledger) rows.push([`engine generated sheets (report), same runs`, `${n(ledger.ms)} ms`, '-', '-', '-']);

  for (const p of quick ? [1_000] : [1_000, 10_000]) {
    const floor = get('cli floor (ExcelJS load + save)', p);
    for (const [cmd, goal] of [
      ['check', GOALS.checkRatio],
      ['refresh', GOALS.refreshRatio],
    ] as const) {
      const r = get(`cli ${cmd}`, p);
      const figure = `cli ${cmd}, ${n(p)} problems: best time / ExcelJS floor`;
      if (!r || !floor) rows.push(MISSING(figure, `<= ${goal}x`));
      else
        rows.push([
          figure,
          `${sec(r.ms)} / ${sec(floor.ms)}`,
          `<= ${goal}x floor`,
          `${(r.ratio as number).toFixed(2)}x floor`,
          met((r.ratio as number) <= goal),
        ]);
    }
  }
  for (const p of quick ? [1_000] : [1_000, 10_000]) {
    const r = get('cli import', p);
    const figure = `cli import, ${n(p)} rows: best time / its floor`;
    if (!r) rows.push(MISSING(figure, `<= ${GOALS.importRatio}x`));
    else
      rows.push([
        figure,
        `${sec(r.ms)} / ${sec(r.floorMs as number)}`,
        `<= ${GOALS.importRatio}x floor`,
        `${(r.ratio as number).toFixed(2)}x floor`,
        met((r.ratio as number) <= GOALS.importRatio),
      ]);
  }

  const memSize = quick ? 1_000 : 10_000;
  for (const cmd of MEMORY_COMMANDS) {
    const r = get(`cli ${cmd}`, memSize);
    const figure = `cli ${cmd}, ${n(memSize)} problems: peak memory (time)`;
    const goal = `<= ${GOALS.commandMB} MB (10,000)`;
    if (!r || r.peakMB === undefined) rows.push(MISSING(figure, goal));
    else
      rows.push([
        figure,
        `${n(r.peakMB as number)} MB (${sec(r.ms)})`,
        goal,
        `${((r.peakMB as number) / GOALS.commandMB).toFixed(2)}x goal`,
        met(quick ? null : (r.peakMB as number) <= GOALS.commandMB),
      ]);
  }
  const floor10k = get('cli floor (ExcelJS load + save)', memSize);
  if (floor10k)
    rows.push([
      `ExcelJS floor, ${n(memSize)} problems: peak memory (time)`,
      `${n(floor10k.peakMB as number)} MB (${sec(floor10k.ms)})`,
      '-',
      '-',
      '-',
    ]);
  const import10k = get('cli import', 10_000);
  if (import10k)
    rows.push([
      'cli import, 10,000 rows: peak memory',
      `${n(import10k.peakMB as number)} MB`,
      `<= ${GOALS.importMB} MB`,
      `${((import10k.peakMB as number) / GOALS.importMB).toFixed(2)}x goal`,
      met((import10k.peakMB as number) <= GOALS.importMB),
    ]);

  for (const cmd of ['structure', 'check', 'refresh', 'report']) {
    const all = lines.filter((l) => l.case === `addin ${cmd}`);
    const figure = `Office.js ${cmd}: fixed syncs at ${all.map((r) => n(r.problems ?? 0)).join(' / ')}; data chunks at 10,000`;
    const goal = `<= ${GOALS.fixedSyncs} fixed, same at every size; <= ${GOALS.dataChunks} chunks`;
    if (all.length === 0) {
      rows.push(MISSING(figure, goal));
      continue;
    }
    const fixed = all.map((r) => r.fixedSyncs as number);
    const at10k = all.find((r) => r.problems === 10_000);
    const chunks = at10k ? (at10k.readChunks as number) + (at10k.writeChunks as number) : null;
    const ok =
      new Set(fixed).size === 1 && fixed.every((f) => f <= GOALS.fixedSyncs) && (chunks ?? 0) <= GOALS.dataChunks;
    rows.push([
      figure,
      `${fixed.join(' / ')}; ${chunks === null ? 'not measured' : `${chunks} (${at10k!.readChunks as number} read + ${at10k!.writeChunks as number} write)`}`,
      goal,
      chunks === null ? '-' : `${(chunks / GOALS.dataChunks).toFixed(2)}x goal`,
      met(ok),
    ]);
  }
  const addin = lines.filter((l) => l.case.startsWith('addin '));
  if (addin.length) {
    const maxReq = addin.reduce((m, l) => Math.max(m, l.maxRequestBytes as number), 0);
    rows.push([
      'Office.js largest request',
      `${n(maxReq)} bytes`,
      `< ${n(GOALS.requestBytes)} bytes`,
      `${(maxReq / GOALS.requestBytes).toFixed(2)}x goal`,
      met(maxReq < GOALS.requestBytes),
    ]);
  }

  const js = get('pane initial JS');
  const jsGoal = `<= ${GOALS.paneGzipKB} KB gzipped`;
  if (!js || js.error !== undefined)
    rows.push(['pane initial JS', js ? 'build failed' : 'not measured', jsGoal, '-', met(js ? false : null)]);
  else {
    const kb = (js.gzipBytes as number) / 1024;
    rows.push([
      'pane initial JS (entry chunks)',
      `${kb.toFixed(1)} KB gzipped (${((js.rawBytes as number) / 1024).toFixed(0)} KB raw)`,
      jsGoal,
      `${(kb / GOALS.paneGzipKB).toFixed(2)}x goal`,
      met(kb <= GOALS.paneGzipKB),
    ]);
  }
  return rows;
}

/** Prints the table, with the date, the machine and its load, after the JSON lines. */
export function printTable(lines: Line[], quick: boolean): void {
  const rows = tableRows(lines, quick);
  const head: Row = ['figure', 'measured', 'goal', 'ratio', 'met'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (r: Row) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  const load = loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ');
  const out = [
    '',
    `Bench of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} cores` +
      `${quick ? ' (--quick: 100 and 1,000 problems only)' : ''}; load average at the end ${load} (1 / 5 / 15 min).`,
    'The engine case runs while one spinning process per core keeps the machine busy; the other cases run as the machine is.',
    fmt(head),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(fmt),
    '',
  ];
  process.stdout.write(out.join('\n'));
}
