/**
 * Holding an imported ledger to the manifest: every problem exactly once,
 * every typed value arrived, nothing else became a problem, headings became
 * the category, no column invented. Read from the ledger's sheets as a user
 * sees them (values, and which cells show dates), not from import's internals.
 */
import type { CellValue, WorkbookSnapshot } from '../../../src/engine';
import { toExcelSerial } from '../../../src/engine/rules/excelSerial';
import { readDateCell } from '../../../src/engine/rules/parseDate';
import { LIST_SHEETS } from '../../../src/engine/schema/listSheets';
import { PROBLEM_STATUS } from '../../../src/engine/schema/values';
import type { Manifest, ManifestProblem, NonProblemRow, TypedValue } from './types';

/** Which written cells show a date (the plan's number formats). */
export type DateCells = (sheet: string, row: number, column: number) => boolean;

interface Cell {
  sheet: string;
  header: string;
  row: number;
  column: number;
  value: CellValue;
}

interface OutRow {
  row: number;
  cells: Cell[];
  get: (header: string) => CellValue;
}

interface OutProblem extends OutRow {
  id: string;
  description: string;
  /** The problem's own cells, and those of its responsibility and task rows. */
  bag: Cell[];
  responsibilities: OutRow[];
  tasks: OutRow[];
}

const text = (v: CellValue | undefined): string =>
  v === null || v === undefined ? '' : typeof v === 'object' ? v.error : String(v).trim();

function rowsOf(snapshot: WorkbookSnapshot, sheet: string): { headers: string[]; rows: OutRow[] } {
  const s = snapshot.sheets.find((x) => x.name === sheet);
  if (!s) return { headers: [], rows: [] };
  const headers = (s.values[0] ?? []).map((h) => text(h));
  const rows: OutRow[] = [];
  s.values.slice(1).forEach((values, i) => {
    const cells: Cell[] = [];
    values.forEach((value, c) => {
      if (text(value) !== '') cells.push({ sheet, header: headers[c] ?? '', row: i + 2, column: c + 1, value });
    });
    if (cells.length) rows.push({ row: i + 2, cells, get: (h) => values[headers.indexOf(h)] ?? null });
  });
  return { headers, rows };
}

function outProblems(snapshot: WorkbookSnapshot): OutProblem[] {
  const resp = rowsOf(snapshot, '责任清单').rows;
  const tasks = rowsOf(snapshot, '任务清单').rows;
  return rowsOf(snapshot, '问题清单').rows.map((r) => {
    const id = text(r.get('问题编号'));
    const mine = (x: OutRow) => id !== '' && text(x.get('问题编号')) === id;
    const own = tasks.filter(mine);
    const owners = resp.filter(mine);
    return {
      ...r,
      id,
      description: text(r.get('问题描述')),
      bag: [...r.cells, ...owners.flatMap((x) => x.cells), ...own.flatMap((x) => x.cells)],
      responsibilities: owners,
      tasks: own,
    };
  });
}

/** A heading without its numbering and （共N项）, spaces removed: what a category made of it must contain. */
export function headingCore(s: string): string {
  return s
    .replace(/\s/g, '')
    .replace(
      /^(第[一二三四五六七八九十]+部分|[（(][一二三四五六七八九十0-9]+[）)]|[一二三四五六七八九十]+[、是]|[0-9]+[.．、])/,
      '',
    )
    .replace(/[（(]共[0-9]+[项个条][）)]$/, '');
}

/** Headers compared without spaces, slashes, brackets and the （原值）/（原表） an extra column may carry. */
const headerKey = (h: string) =>
  h.replace(/（原值）$|（原表）$|\(as typed\)$|\(source\)$/, '').replace(/[\s/／\\\-—_·()（）【】[\]]/g, '');

/** The lists' time-limit columns (整改时限 of problems and measures), in both layouts. */
const TIME_LIMIT_HEADERS = new Set(
  LIST_SHEETS.flatMap((d) => d.columns.filter((c) => c.key === 'timeLimit').flatMap((c) => [c.header.zh, c.header.en])),
);

function arrived(v: TypedValue, p: OutProblem, isDate: DateCells): boolean {
  const want = v.text.trim();
  return p.bag.some((c) => {
    const got = text(c.value);
    if (v.kind === 'date') {
      if (got === want) return true;
      // A date typed in a time-limit column stays as typed (docs/IMPORT.md): it is a valid limit, read as that date.
      if (TIME_LIMIT_HEADERS.has(c.header) && typeof c.value === 'string') {
        const d = readDateCell(c.value);
        if (d.kind === 'date' && d.date === want) return true;
      }
      return (
        typeof c.value === 'number' && Math.floor(c.value) === toExcelSerial(want) && isDate(c.sheet, c.row, c.column)
      );
    }
    if (got === want) return true;
    // A second problem under the same ID gets a derived one (A-03~2) that still shows what was typed.
    return (
      v.kind === 'id' && c.header === '问题编号' && got.startsWith(want) && /^[^0-9A-Za-z]/.test(got.slice(want.length))
    );
  });
}

/** What became of a value that did not arrive as itself: said in the message. */
function whatBecame(v: TypedValue, p: OutProblem): string {
  const serial = v.kind === 'date' ? toExcelSerial(v.text) : null;
  const near = p.bag.find(
    (c) =>
      (serial !== null && typeof c.value === 'number' && Math.floor(c.value) === serial) ||
      (v.typed !== undefined && text(c.value) === v.typed) ||
      text(c.value).includes(v.text),
  );
  if (!near) return v.typed !== undefined ? ` (typed as 「${v.typed}」)` : '';
  const why =
    typeof near.value === 'number' && serial !== null
      ? ', a number not shown as a date'
      : v.kind === 'date'
        ? ', kept as text, not read as a date'
        : '';
  return ` (found 「${text(near.value)}」 in ${near.sheet} column 「${near.header}」${why})`;
}

/** The statuses a ledger's 整改状态 may hold: a status word of another ledger maps to one of these. */
const STATUSES = new Set(Object.values(PROBLEM_STATUS).map((v) => v.zh));

const label = (p: ManifestProblem) => `${p.where} 「${p.description || '(description left blank)'}」`;

class Checker {
  readonly failures: string[] = [];
  readonly out: OutProblem[];
  readonly matched = new Map<ManifestProblem, OutProblem>();

  constructor(
    private readonly m: Manifest,
    private readonly snapshot: WorkbookSnapshot,
    private readonly isDate: DateCells,
  ) {
    this.out = outProblems(snapshot);
  }

  /** Every problem of the manifest exactly once: by its description, or (left blank) by all its other values. */
  matchProblems(): void {
    for (const p of this.m.problems.filter((x) => x.description)) {
      const hits = this.out.filter((o) => o.description === p.description.trim());
      if (hits.length === 0) this.failures.push(`missing problem ${label(p)}`);
      else if (hits.length > 1)
        this.failures.push(
          `problem ${label(p)} imported ${hits.length} times (问题清单 rows ${hits.map((h) => h.row).join(', ')})`,
        );
      if (hits.length) this.matched.set(p, hits[0]);
    }
    const taken = new Set(this.matched.values());
    for (const p of this.m.problems.filter((x) => !x.description)) {
      const hit = this.out.find(
        (o) =>
          !taken.has(o) &&
          !o.description &&
          p.values.every((v) => arrived(v, o, this.isDate)) &&
          p.measures.every((t) => o.tasks.some((x) => text(x.get('整改措施')).includes(t))),
      );
      if (!hit)
        this.failures.push(
          `missing problem ${label(p)} (matched by its values: ${p.values.map((v) => `${v.header}=${v.text}`).join('，')})`,
        );
      else {
        this.matched.set(p, hit);
        taken.add(hit);
      }
    }
  }

  /** Rows of 问题清单 that are no problem of the manifest: say which source row they came from, when we can tell. */
  extraProblems(): void {
    const taken = new Set(this.matched.values());
    for (const o of this.out.filter((x) => !taken.has(x))) {
      const row = Number(text(o.get('来源行')));
      const sheet = text(o.get('来源工作表'));
      const texts = new Set(o.cells.map((c) => text(c.value)));
      const candidates = this.m.nonProblems.filter((n) => n.row === row && (!sheet || n.sheet === sheet));
      const source: NonProblemRow | undefined =
        candidates.find((n) => [...texts].some((t) => t && n.text.includes(t))) ?? candidates[0];
      const what = source
        ? `the ${source.kind} row ${source.sheet}!${source.row} 「${source.text}」`
        : `source row ${row || '?'}`;
      this.failures.push(
        `not a problem, imported as one: ${what} → 问题清单 row ${o.row} 「${o.description || [...texts].slice(0, 4).join(' | ')}」`,
      );
    }
  }

  values(): number {
    let count = 0;
    for (const [p, o] of this.matched) {
      for (const v of p.values) {
        count++;
        if (!arrived(v, o, this.isDate))
          this.failures.push(
            `${label(p)}: value 「${v.text}」 (${v.kind}) typed in ${v.sheet} row ${v.row}, column 「${v.header}」, not found in its rows of the ledger${whatBecame(v, o)}`,
          );
      }
      count += p.measures.length;
      this.measures(p, o);
      this.roles(p, o);
      const status = p.values.find((v) => v.role === 'status');
      const got = text(o.get('整改状态'));
      if (status && !STATUSES.has(got))
        this.failures.push(
          `${label(p)}: its status 「${status.text}」 (column 「${status.header}」) became 整改状态 「${got}」, not one of ${[...STATUSES].join('/')}`,
        );
    }
    return count;
  }

  /** A problem is the sum of its measures: each measure its own task, in rows or numbered in one cell. */
  private measures(p: ManifestProblem, o: OutProblem): void {
    const used = new Set<OutRow>();
    for (const t of p.measures) {
      const task = o.tasks.find((x) => !used.has(x) && text(x.get('整改措施')).includes(t));
      if (task) {
        used.add(task);
        continue;
      }
      const shared = o.tasks.some((x) => text(x.get('整改措施')).includes(t));
      this.failures.push(
        `${label(p)}: measure 「${t}」 ${shared ? 'shares its task with another measure' : 'is in no 整改措施 of its tasks'} (${p.measures.length} measures, ${o.tasks.length} task rows)`,
      );
    }
  }

  /** Responsible units in a group (整改责任单位 over 建设/设计/施工/监理) each become a 责任清单 row, with the role kept. */
  private roles(p: ManifestProblem, o: OutProblem): void {
    for (const v of p.values.filter((x) => x.role.startsWith('roleUnit:'))) {
      const role = v.role.slice('roleUnit:'.length);
      const row = o.responsibilities.find(
        (x) =>
          x.cells.some((c) => text(c.value) === v.text) &&
          x.cells.some((c) => text(c.value).includes(role) || c.header.includes(role)),
      );
      if (!row)
        this.failures.push(
          `${label(p)}: responsible unit 「${v.text}」 (${v.header}) is no 责任清单 row of its own with its role 「${role}」 (${o.responsibilities.length} rows)`,
        );
    }
  }

  /** A heading becomes the 问题类别 of the problems under it (原分组 when the ledger has a 问题类别 of its own). */
  categories(): void {
    const column = this.m.ownCategory ? '原分组' : '问题类别';
    for (const [p, o] of this.matched) {
      if (!p.section) continue;
      const got = headingCore(text(o.get(column)));
      if (!p.sectionPath.some((h) => got.includes(headingCore(h))))
        this.failures.push(
          `${label(p)}: its heading 「${p.section}」 is not its ${column} (found 「${text(o.get(column))}」)`,
        );
    }
  }

  /** Every column of the lists is one of ours, or a column of the source (a label：value line is never part of a name). */
  columns(): void {
    const known = new Set<string>();
    for (const c of this.m.columns) {
      const n = c.parts.length;
      for (let mask = 1; mask < 1 << n; mask++)
        known.add(headerKey(c.parts.filter((_, i) => mask & (1 << i)).join('')));
    }
    for (const def of LIST_SHEETS) {
      const ours = new Set(def.columns.map((c) => c.header.zh));
      for (const h of rowsOf(this.snapshot, def.name.zh).headers) {
        if (!h || ours.has(h) || /^(来源|原问题编号|原分组)/.test(h) || known.has(headerKey(h))) continue;
        this.failures.push(`${def.name.zh} has a column 「${h}」 that is neither ours nor a column of the source`);
      }
    }
  }

  /** A sheet without a unit or feedback-date column takes them from its 填报单位：… / 反馈时间：… line. */
  details(): void {
    for (const d of this.m.details) {
      const column =
        d.kind === 'unit' && !this.m.hasUnitColumn
          ? '被巡察单位'
          : d.kind === 'date' && d.label === '反馈时间' && !this.m.hasFeedbackColumn
            ? '反馈日期'
            : null;
      if (!column) continue;
      for (const [p, o] of this.matched) {
        if (p.sheet !== d.sheet) continue;
        const got = o.get(column);
        const ok = d.kind === 'unit' ? text(got) === d.value : got === toExcelSerial(d.value) || text(got) === d.value;
        if (!ok) {
          this.failures.push(`${label(p)}: ${column} is 「${text(got)}」, but its sheet says ${d.label}：${d.value}`);
          break;
        }
      }
    }
  }
}

export interface CheckResult {
  failures: string[];
  /** Problems of the manifest found, values (and measures) compared. */
  found: number;
  values: number;
}

export function checkLedger(m: Manifest, snapshot: WorkbookSnapshot, isDate: DateCells): CheckResult {
  const c = new Checker(m, snapshot, isDate);
  c.matchProblems();
  c.extraProblems();
  const values = c.values();
  c.categories();
  c.columns();
  c.details();
  return { failures: c.failures, found: c.matched.size, values };
}

/** The three lists as they are: a second import of the same file must leave them exactly so. */
export function listCells(snapshot: WorkbookSnapshot): Map<string, string> {
  const cells = new Map<string, string>();
  for (const def of LIST_SHEETS) {
    const s = snapshot.sheets.find((x) => x.name === def.name.zh);
    s?.values.forEach((row, r) =>
      row.forEach((v, c) => text(v) !== '' && cells.set(`${s.name}!R${r + 1}C${c + 1}`, JSON.stringify(v))),
    );
  }
  return cells;
}

export function changedCells(before: Map<string, string>, after: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [k, v] of after) if (before.get(k) !== v) out.push(`${k}: ${before.get(k) ?? '(empty)'} → ${v}`);
  for (const [k, v] of before) if (!after.has(k)) out.push(`${k}: ${v} → (empty)`);
  return out;
}
