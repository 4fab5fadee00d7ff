/**
 * generateLedger(shape, seed): a workbook as an office would make it, and the
 * manifest of what it truly holds. Deterministic: the same shape and seed give
 * the same workbook (README.md).
 */
import { SheetBuilder, text } from './builder';
import {
  type GenProblem,
  type Heading,
  type SectionNode,
  type SectionPlan,
  WorkbookContent,
  chineseDate,
  headingText,
  isoDay,
  planSections,
} from './content';
import {
  type EmitContext,
  type Placement,
  emitFootnotes,
  emitHeading,
  emitNumberOnly,
  emitProblem,
  emitSubtotal,
} from './emit';
import { type Layout, chooseLayout, columnOf, writeHeader, writeLabels, writeTitles } from './layout';
import { Rng } from './random';
import { SHAPES, type ShapeName, type ShapeOptions } from './shapes';
import type { GenSheet, GeneratedLedger, Manifest, ManifestProblem } from './types';
import { PEOPLE, PROJECTS, UNITS } from './vocab';

interface SheetInfo {
  name: string;
  unit: string;
  year: number;
  /** The day every problem of the sheet was fed back, when they share one. */
  feedback?: string;
}

interface SheetsPlan {
  file: string;
  sheets: SheetInfo[];
  other: { name: '填表说明' | '图表数据'; first: boolean } | null;
  /** Per-year sheets of one unit: a later sheet carries some problems of the earlier one. */
  carryOver: boolean;
}

function planSheets(rng: Rng, o: ShapeOptions): SheetsPlan {
  const feedback = (year: number) => (rng.chance(0.5) ? isoDay(rng, year, year) : undefined);
  if (!o.multiSheet) {
    const unit = rng.pick(UNITS);
    const year = rng.int(2019, 2024);
    const name = rng.pick(['Sheet1', '台账', '整改台账', '巡察整改']);
    return {
      file: `${unit}.xlsx`,
      sheets: [{ name, unit, year, feedback: feedback(year) }],
      other: null,
      carryOver: false,
    };
  }
  const n = rng.int(2, 3);
  const other = { name: rng.pick(['填表说明', '图表数据'] as const), first: rng.chance(0.4) };
  if (rng.chance(0.5)) {
    const unit = rng.pick(UNITS);
    const y0 = rng.int(2019, 2022);
    const suffix = rng.pick(['年', '年度']);
    const sheets = Array.from({ length: n }, (_, k) => ({
      name: `${y0 + k}${suffix}`,
      unit,
      year: y0 + k,
      feedback: feedback(y0 + k),
    }));
    return { file: `${unit}.xlsx`, sheets, other, carryOver: true };
  }
  const year = rng.int(2019, 2024);
  const sheets = rng.sample(UNITS, n).map((unit) => ({ name: unit, unit, year, feedback: feedback(year) }));
  return { file: '汇总台账.xlsx', sheets, other, carryOver: false };
}

interface Entry {
  p: GenProblem;
  copy: boolean;
}

interface Leaf {
  /** Index path in the section plan ('' without sections). */
  key: string;
  entries: Entry[];
}

/** The leaves problems sit under: every section without subsections, or one leaf for a sheet without sections. */
function leafKeys(plan: SectionPlan | null): string[] {
  if (!plan) return [''];
  return plan.roots.flatMap((r, i) => (r.children.length ? r.children.map((_, j) => `${i}.${j}`) : [`${i}`]));
}

class SheetWriter {
  constructor(
    private readonly rng: Rng,
    private readonly o: ShapeOptions,
    private readonly layout: Layout,
    private readonly content: WorkbookContent,
    private readonly sections: SectionPlan | null,
    private readonly manifest: Manifest,
  ) {}

  /** Problems per leaf: new ones, some blank, duplicate IDs, repeats, and problems carried over from `previous`. */
  problems(info: SheetInfo, previous: Leaf[] | null): Leaf[] {
    const { rng, o } = this;
    const leaves = leafKeys(this.sections).map((key) => ({
      key,
      count: this.sections ? rng.int(1, 3) : rng.int(3, 6),
    }));
    const total = leaves.reduce((n, l) => n + l.count, 0);
    if (total < 2) leaves[0].count += 2 - total;
    // At least one problem keeps its description (duplicate IDs and repeats are drawn among those).
    const blankCount = o.blankDescriptions ? Math.min(rng.int(1, 2), Math.max(total, 2) - 1) : 0;
    const blanks = new Set(rng.sample([...Array(Math.max(total, 2)).keys()], blankCount));
    let k = 0;
    const out: Leaf[] = leaves.map((l) => ({
      key: l.key,
      entries: Array.from({ length: l.count }, () => ({ p: this.content.problem(info, blanks.has(k++)), copy: false })),
    }));
    const own = out.flatMap((l) => l.entries.map((e) => e.p));
    if (o.duplicateIds && own.length >= 2) {
      const [a, b] = rng.sample(own, 2).sort((x, y) => own.indexOf(x) - own.indexOf(y));
      b.values.set('id', a.values.get('id')!);
    }
    const single = own.filter((p) => p.description && p.measureMode === 'single');
    if (o.repeatedRows) for (const p of rng.sample(single, rng.int(1, 2))) p.repeated = true;
    if (previous) {
      const earlier = previous.flatMap((l) =>
        l.entries
          .filter((e) => !e.copy && e.p.description && e.p.measureMode === 'single' && !e.p.repeated)
          .map((e) => ({ key: l.key, p: e.p })),
      );
      for (const c of rng.sample(earlier, rng.int(1, 2)))
        out.find((l) => l.key === c.key)!.entries.push({ p: c.p, copy: true });
    }
    return out;
  }

  private placement(): Placement {
    const p = this.sections!.placement;
    return p === 'mixed' ? this.rng.pick(['merged', 'seqCell', 'problemCell'] as const) : p;
  }

  private heading(node: SectionNode, k: number, level: 0 | 1, count: number, parent?: Heading): Heading {
    const plan = this.sections!;
    const text = headingText(level === 0 ? plan.top : plan.sub, k, node.theme, plan.counts ? count : null);
    return { text, path: [text, ...(parent?.path ?? [])] };
  }

  /** The body: headings, problems (numbered per section), subtotals, number-only rows, the total, footnotes. */
  body(ctx: EmitContext, leaves: Leaf[], originals: Map<GenProblem, ManifestProblem>): void {
    const { rng, o, sections } = this;
    const hasSeq = !!columnOf(this.layout, 'seq');
    let seq = 0;
    let total = 0;
    const writeLeaf = (leaf: Leaf, heading: Heading | undefined) => {
      if (sections?.restart) seq = 0;
      for (const e of leaf.entries) {
        seq++;
        total++;
        const first = emitProblem(ctx, e.p, hasSeq ? seq : null, heading, e.copy ? originals.get(e.p) : undefined);
        if (!e.copy) {
          originals.set(e.p, first);
          this.manifest.problems.push(first);
        }
        if (e.p.repeated) emitProblem({ ...ctx, formulas: false }, e.p, hasSeq ? seq : null, heading, first);
      }
    };
    if (!sections) writeLeaf(leaves[0], undefined);
    sections?.roots.forEach((root, i) => {
      const mine = leaves.filter((l) => l.key === `${i}` || l.key.startsWith(`${i}.`));
      const count = mine.reduce((n, l) => n + l.entries.length, 0);
      const top = this.heading(root, i, 0, count);
      emitHeading(ctx, top.text, this.placement(), sections.bold);
      if (!root.children.length) writeLeaf(mine[0], top);
      root.children.forEach((child, j) => {
        const leaf = mine.find((l) => l.key === `${i}.${j}`)!;
        const sub = this.heading(child, j, 1, leaf.entries.length, top);
        emitHeading(ctx, sub.text, this.placement(), sections.bold);
        writeLeaf(leaf, sub);
      });
      if (o.subtotals && rng.chance(0.7)) emitSubtotal(ctx, '小计', count);
    });
    if (o.numberOnlyRows && hasSeq) emitNumberOnly(ctx, seq + 1, rng.int(1, 3));
    if (o.subtotals) emitSubtotal(ctx, rng.pick(['合计', '总计', '合  计']), total);
    if (o.footnotes) emitFootnotes(ctx);
  }

  sheet(info: SheetInfo, leaves: Leaf[], originals: Map<GenProblem, ManifestProblem>): GenSheet {
    const { rng, o, layout, manifest } = this;
    const b = new SheetBuilder(info.name, layout.width);
    if (o.titleRows) writeTitles(rng, b, layout.width);
    if (o.labelValues) {
      const unitLabel = rng.pick(['填报单位', '被检查单位', '项目名称']);
      const iso = isoDay(rng, info.year, info.year);
      const date = {
        iso,
        typed: rng.chance(0.7) ? chineseDate(iso) : iso,
        label: rng.chance(0.6) ? '反馈时间' : '填报时间',
      };
      // A 反馈时间 line is the day the problems were fed back.
      if (date.label === '反馈时间')
        for (const l of leaves) for (const e of l.entries) if (!e.copy) this.setFeedback(e.p, iso);
      const unit = unitLabel === '项目名称' ? rng.pick(PROJECTS) : info.unit;
      manifest.details.push(...writeLabels(rng, b, layout.width, { unit, unitLabel, person: rng.pick(PEOPLE), date }));
    }
    manifest.columns.push(...writeHeader(b, layout, rng.chance(0.7)));
    this.body({ rng, b, layout, formulas: !!o.formulas }, leaves, originals);
    manifest.nonProblems.push(...b.nonProblems);
    manifest.headings.push(...b.nonProblems.filter((n) => n.kind === 'heading'));
    const widths: Record<number, number> = {};
    for (const c of layout.columns) widths[c.index] = c.role === 'description' || c.role === 'measure' ? 36 : 12;
    return b.sheet(widths);
  }

  /** Keeps the problem's feedback date in step with the sheet's 反馈时间 line (dates typed in a column stay theirs). */
  private setFeedback(p: GenProblem, iso: string): void {
    const t = p.values.get('feedbackDate');
    if (t && t.cell.t === 'd') p.values.set('feedbackDate', { ...t, cell: { ...t.cell, v: iso }, text: iso });
  }
}

/** A sheet that holds no ledger: the form's instructions, or the numbers behind a chart. */
function otherSheet(rng: Rng, name: '填表说明' | '图表数据', units: string[]): { sheet: GenSheet; rows: string[] } {
  const b = new SheetBuilder(name, 4);
  const rows: string[] = [];
  if (name === '填表说明') {
    for (const line of [
      '填表说明',
      '一、问题描述：按巡察反馈意见原文填写。',
      '二、整改时限：填写“30天”“年底前”或具体日期。',
      '三、整改状态：整改中、待审核、已销号。',
    ]) {
      b.set(b.next(), 1, text(line));
      rows.push(line);
    }
  } else {
    const r = b.next();
    ['单位', '问题数', '已整改', '整改率'].forEach((h, i) => b.set(r, i + 1, text(h)));
    for (const unit of units) {
      const n = rng.int(3, 12);
      const k = rng.int(0, n);
      const row = b.next();
      b.set(row, 1, text(unit));
      b.set(row, 2, { t: 'n', v: n });
      b.set(row, 3, { t: 'n', v: k });
      b.set(row, 4, { t: 'n', v: Math.round((k / n) * 100) / 100, fmt: '0%' });
      rows.push(unit);
    }
  }
  return { sheet: b.sheet({ 1: 30 }), rows };
}

export function generateLedger(shape: ShapeName, seed: number): GeneratedLedger {
  const o: ShapeOptions = SHAPES[shape];
  const rng = new Rng(seed, shape);
  const layout = chooseLayout(rng, o);
  const content = new WorkbookContent(rng, o, layout);
  const sections = o.sections ? planSections(rng) : null;
  const plan = planSheets(rng, o);
  const manifest: Manifest = {
    shape,
    seed,
    file: plan.file,
    problems: [],
    headings: [],
    nonProblems: [],
    columns: [],
    details: [],
    ledgerSheets: plan.sheets.map((s) => s.name),
    otherSheets: plan.other ? [plan.other.name] : [],
    ownCategory: !!sections && !!columnOf(layout, 'category'),
    hasUnitColumn: !!columnOf(layout, 'unit'),
    hasFeedbackColumn: !!columnOf(layout, 'feedbackDate'),
  };
  const writer = new SheetWriter(rng, o, layout, content, sections, manifest);
  const sheets: GenSheet[] = [];
  const originals = new Map<GenProblem, ManifestProblem>();
  let previous: Leaf[] | null = null;
  for (const info of plan.sheets) {
    const leaves = writer.problems(info, plan.carryOver ? previous : null);
    sheets.push(writer.sheet(info, leaves, originals));
    previous = leaves;
  }
  if (plan.other) {
    const other = otherSheet(
      rng,
      plan.other.name,
      plan.sheets.map((s) => s.unit),
    );
    for (const [i, t] of other.rows.entries())
      manifest.nonProblems.push({ sheet: other.sheet.name, row: i + 1, kind: 'otherSheet', text: t });
    if (plan.other.first) sheets.unshift(other.sheet);
    else sheets.push(other.sheet);
  }
  return { workbook: { sheets }, manifest };
}
