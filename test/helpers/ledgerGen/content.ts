/**
 * What a ledger says, before it is laid out in rows: problems with their
 * values and measures, sections, the sheet's facts. Values are generated as
 * typed cells together with what a person reads in them.
 */
import { toExcelSerial } from '../../../src/engine/rules/excelSerial';
import type { Layout } from './layout';
import { ROLES_OF_UNITS } from './layout';
import type { Rng } from './random';
import type { ShapeOptions } from './shapes';
import type { GenValue, TypedValue } from './types';
import {
  CN_NUMBERS,
  DETAILS,
  EXTRAS,
  FLAWS,
  LEADERS,
  MEASURES,
  NOTES,
  OFFICES,
  PEOPLE,
  PROGRESS,
  REVIEW_RESULTS,
  ROLE_UNITS,
  SECTION_THEMES,
  SUBJECTS,
  SUB_THEMES,
  TIME_LIMITS,
} from './vocab';

export interface Typed {
  cell: GenValue;
  text: string;
  kind: TypedValue['kind'];
}

export interface GenMeasure {
  /** '' when the ledger has no measure column. */
  text: string;
  /** The measure's own cells by role (responsible unit and person, time limit, progress). */
  values: Map<string, Typed>;
}

export type MeasureMode = 'single' | 'rowsMerged' | 'rowsBlank' | 'cell';

export interface Heading {
  /** As typed (numbering and （共N项） included). */
  text: string;
  /** This heading and those above it, innermost first. */
  path: string[];
}

export interface GenProblem {
  /** '' when left blank. */
  description: string;
  /** Per-problem cells by role (序号 is set when the rows are written). */
  values: Map<string, Typed>;
  measures: GenMeasure[];
  measureMode: MeasureMode;
  /** Typed again right below itself, identical in every cell. */
  repeated?: boolean;
}

const CATEGORIES = ['党的建设', '作风建设', '财务管理', '选人用人', '安全管理'];
const PLACES = ['东区', '机关食堂', '档案室', '南门', '北区仓库', '老办公楼'];
const DATE_FORMATS = ['yyyy-mm-dd', 'yyyy"年"m"月"d"日"', 'yyyy/m/d'];

export const typedText = (v: string): Typed => ({ cell: { t: 's', v }, text: v, kind: 'text' });

export function isoDay(rng: Rng, from: number, to: number): string {
  const start = Date.UTC(from, 0, 1);
  const days = Math.floor((Date.UTC(to, 11, 31) - start) / 86_400_000);
  return new Date(start + rng.int(0, days) * 86_400_000).toISOString().slice(0, 10);
}

/** 2024年3月5日, as an office types it. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** A date as a person enters it: a date cell; with mixed forms also a datetime, a bare serial or typed text. */
export function typedDate(rng: Rng, iso: string, mixed: boolean): Typed {
  const [y, m, d] = iso.split('-').map(Number);
  const form = mixed ? rng.int(0, 6) : 0;
  const as = (cell: GenValue): Typed => ({ cell, text: iso, kind: 'date' });
  if (form === 0) return as({ t: 'd', v: iso, fmt: rng.pick(DATE_FORMATS) });
  if (form === 1) return as({ t: 'd', v: `${iso}T${rng.pick(['09:30', '14:00', '16:45'])}`, fmt: 'yyyy-mm-dd hh:mm' });
  if (form === 2) return as({ t: 'n', v: toExcelSerial(iso) });
  if (form === 3) return as({ t: 's', v: chineseDate(iso) });
  if (form === 4) return as({ t: 's', v: `${y}.${m}.${d}` });
  if (form === 5) return as({ t: 's', v: `${y}/${m}/${d}` });
  return as({ t: 's', v: iso });
}

/** A value typed as a formula whose saved result is the value. */
function asFormula(rng: Rng, t: Typed): Typed {
  if (t.kind === 'date') {
    const [y, m, d] = t.text.split('-').map(Number);
    return { ...t, cell: { t: 'f', f: `DATE(${y},${m},${d})`, v: toExcelSerial(t.text), fmt: 'yyyy-mm-dd' } };
  }
  if (t.kind === 'text' && t.text.length >= 2) {
    const cut = rng.int(1, t.text.length - 1);
    return { ...t, cell: { t: 'f', f: `"${t.text.slice(0, cut)}"&"${t.text.slice(cut)}"`, v: t.text } };
  }
  return t;
}

/** Everything drawn once per workbook: unique descriptions, IDs, the section plan. */
export class WorkbookContent {
  private readonly combos: string[];
  private idCount = 0;
  private readonly idStyle: 'prefixed' | 'year' | 'number';
  private readonly idPrefix: string;

  constructor(
    private readonly rng: Rng,
    readonly o: ShapeOptions,
    readonly layout: Layout,
  ) {
    const combos: string[] = [];
    for (const s of SUBJECTS) for (const f of FLAWS) combos.push(`${s}${f}`);
    this.combos = rng.shuffle(combos);
    this.idStyle = rng.pick(['prefixed', 'year', 'number'] as const);
    this.idPrefix = rng.pick(['A', 'XC', 'WT', 'JC']);
  }

  description(): string {
    return `${this.combos.pop()}${this.rng.pick(DETAILS)}`;
  }

  nextId(): Typed {
    const n = ++this.idCount;
    if (this.idStyle === 'number') return { cell: { t: 'n', v: 100 + n }, text: String(100 + n), kind: 'id' };
    const v =
      this.idStyle === 'year'
        ? `${this.idPrefix}-2024-${String(n).padStart(3, '0')}`
        : `${this.idPrefix}-${String(n).padStart(2, '0')}`;
    return { cell: { t: 's', v }, text: v, kind: 'id' };
  }

  has(role: string): boolean {
    return this.layout.columns.some((c) => c.role === role);
  }

  private maybeFormula(t: Typed): Typed {
    return this.o.formulas && this.rng.chance(0.5) ? asFormula(this.rng, t) : t;
  }

  private date(iso: string): Typed {
    return this.maybeFormula(typedDate(this.rng, iso, !!this.o.mixedDates));
  }

  private measureValues(): Map<string, Typed> {
    const rng = this.rng;
    const v = new Map<string, Typed>();
    if (this.has('respUnit')) v.set('respUnit', typedText(rng.pick(OFFICES)));
    if (this.has('person')) v.set('person', typedText(rng.pick(PEOPLE)));
    if (this.has('timeLimit'))
      v.set('timeLimit', rng.chance(0.8) ? typedText(rng.pick(TIME_LIMITS)) : this.date(isoDay(rng, 2024, 2025)));
    if (this.has('progress')) v.set('progress', this.maybeFormula(typedText(rng.pick(PROGRESS))));
    return v;
  }

  private measureMode(): MeasureMode {
    const modes: MeasureMode[] = [];
    if (this.o.measuresInRows) modes.push('rowsMerged', 'rowsBlank');
    if (this.o.measuresInCell) modes.push('cell');
    return modes.length && this.rng.chance(0.7) ? this.rng.pick(modes) : 'single';
  }

  problem(sheet: { unit: string; feedback?: string; year: number }, blank = false): GenProblem {
    const rng = this.rng;
    const values = new Map<string, Typed>();
    if (this.has('id')) values.set('id', this.nextId());
    if (this.has('unit')) values.set('unit', typedText(sheet.unit));
    if (this.has('category')) values.set('category', typedText(rng.pick(CATEGORIES)));
    const feedback = sheet.feedback ?? isoDay(rng, sheet.year, sheet.year);
    if (this.has('feedbackDate')) values.set('feedbackDate', this.date(feedback));
    if (this.has('leader')) values.set('leader', typedText(rng.pick(LEADERS)));
    for (const role of ROLES_OF_UNITS)
      if (this.has(`roleUnit:${role}`)) values.set(`roleUnit:${role}`, typedText(rng.pick(ROLE_UNITS[role])));
    if (this.has('status')) values.set('status', typedText(rng.pick(this.layout.statusWords)));
    if (this.has('reviewer')) values.set('reviewer', typedText(rng.pick(PEOPLE)));
    if (this.has('reviewDate')) values.set('reviewDate', this.date(isoDay(rng, sheet.year, sheet.year)));
    if (this.has('reviewResult')) values.set('reviewResult', typedText(rng.pick(REVIEW_RESULTS)));
    if (this.has('notes') && rng.chance(0.6)) values.set('notes', typedText(rng.pick(NOTES)));
    if (this.has('extra')) values.set('extra', this.maybeFormula(typedText(rng.pick(EXTRAS))));
    if (this.has('extraDate')) values.set('extraDate', this.date(isoDay(rng, sheet.year, sheet.year)));
    const mode = this.measureMode();
    const count = mode === 'single' ? 1 : rng.int(2, 4);
    const texts = this.has('measure') ? rng.sample(MEASURES, count) : new Array<string>(count).fill('');
    // A problem without its description is told from the others by its measure, made unique here.
    const place = blank ? rng.pick(PLACES) : '';
    const measures = texts.map((t, k) => ({
      text: t && k === 0 && place ? `针对${place}${t}` : t,
      values: k === 0 || mode !== 'cell' ? this.measureValues() : new Map<string, Typed>(),
    }));
    return { description: blank ? '' : this.description(), values, measures, measureMode: mode };
  }
}

export interface SectionNode {
  theme: string;
  children: SectionNode[];
}

export type HeadingStyle = 'cn' | 'paren' | 'dot' | 'part' | 'shi';

export interface SectionPlan {
  roots: SectionNode[];
  top: HeadingStyle;
  sub: HeadingStyle;
  /** （共N项） after the heading. */
  counts: boolean;
  /** Where headings are typed: merged across the row, in the 序号 cell, in the 问题 cell; 'mixed': each its own. */
  placement: 'merged' | 'seqCell' | 'problemCell' | 'mixed';
  bold: boolean;
  /** 序号 starts again at 1 in every section. */
  restart: boolean;
}

export function planSections(rng: Rng): SectionPlan {
  const themes = rng.sample(SECTION_THEMES, rng.int(2, 4));
  const nested = rng.chance(0.3);
  const roots = themes.map((theme) => ({
    theme,
    children: nested ? rng.sample(SUB_THEMES, 2).map((t) => ({ theme: t, children: [] })) : [],
  }));
  const top = rng.pick(['cn', 'paren', 'dot', 'part', 'shi'] as const);
  return {
    roots,
    top,
    sub: top === 'paren' ? 'dot' : rng.pick(['paren', 'dot'] as const),
    counts: rng.chance(0.4),
    placement: rng.pick(['merged', 'merged', 'seqCell', 'problemCell', 'mixed'] as const),
    bold: rng.chance(0.6),
    restart: rng.chance(0.85),
  };
}

export function headingText(style: HeadingStyle, k: number, theme: string, count: number | null): string {
  const cn = CN_NUMBERS[k];
  const prefix = { cn: `${cn}、`, paren: `（${cn}）`, dot: `${k + 1}.`, part: `第${cn}部分 `, shi: `${cn}是` }[style];
  return `${prefix}${theme}${count === null ? '' : `（共${count}项）`}`;
}
