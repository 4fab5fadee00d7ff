/**
 * Writing a ledger's body row by row: problems (one row, or a row per
 * measure), section headings, subtotal rows, number-only rows, footnotes;
 * each problem's truth goes into the manifest as it is written.
 */
import { SheetBuilder, text } from './builder';
import type { GenProblem, Heading, Typed } from './content';
import { type Column, type Layout, columnOf, headerOf } from './layout';
import type { Rng } from './random';
import type { GenValue, ManifestProblem, TypedValue } from './types';
import { FOOTNOTES, FOOTNOTE_LINES, PEOPLE } from './vocab';

export interface EmitContext {
  rng: Rng;
  b: SheetBuilder;
  layout: Layout;
  formulas: boolean;
}

function typedValue(b: SheetBuilder, c: Column, t: Typed, row: number): TypedValue {
  const v: TypedValue = { header: headerOf(c), text: t.text, kind: t.kind, role: c.role, sheet: b.name, row };
  const typed = t.cell.t === 's' || t.cell.t === 'n' ? String(t.cell.v) : null;
  if (typed !== null && typed !== t.text) v.typed = typed;
  return v;
}

/** The measure cell of row k: the measure's text, or every measure as numbered lines in one cell. */
function measureCell(rng: Rng, p: GenProblem, k: number): Typed | undefined {
  const texts = p.measures.map((m) => m.text).filter(Boolean);
  if (!texts.length) return undefined;
  if (p.measureMode !== 'cell')
    return p.measures[k].text ? { cell: text(p.measures[k].text), text: p.measures[k].text, kind: 'text' } : undefined;
  const style = rng.pick(['dot', 'comma', 'paren'] as const);
  const sep = style === 'paren' ? rng.pick(['', '\n']) : rng.pick(['\n', '；', '；\n']);
  const lines = texts.map((t, i) =>
    style === 'dot' ? `${i + 1}.${t}` : style === 'comma' ? `${i + 1}、${t}` : `（${i + 1}）${t}`,
  );
  const v = lines.join(sep);
  return { cell: text(v), text: v, kind: 'text' };
}

function seqCell(ctx: EmitContext, row: number, seq: number): GenValue {
  // =ROW()-k is how offices number rows that move; Excel saved its result.
  if (ctx.formulas && ctx.rng.chance(0.7)) return { t: 'f', f: `ROW()-${row - seq}`, v: seq };
  return { t: 'n', v: seq };
}

/**
 * Writes a problem's rows; returns its manifest entry (or, for a copy of a
 * problem already written, adds the rows to that entry).
 */
export function emitProblem(
  ctx: EmitContext,
  p: GenProblem,
  seq: number | null,
  heading: Heading | undefined,
  copyOf?: ManifestProblem,
): ManifestProblem {
  const { b, layout, rng } = ctx;
  const r0 = b.next();
  const rows = p.measureMode === 'rowsMerged' || p.measureMode === 'rowsBlank' ? p.measures.length : 1;
  const values: TypedValue[] = [];
  for (const c of layout.columns.filter((x) => x.level === 'problem')) {
    let t: Typed | undefined;
    if (c.role === 'seq' && seq !== null) t = { cell: seqCell(ctx, r0, seq), text: String(seq), kind: 'number' };
    else if (c.role === 'description')
      t = p.description ? { cell: text(p.description), text: p.description, kind: 'text' } : undefined;
    else t = p.values.get(c.role);
    if (t) {
      b.set(r0, c.index, t.cell, { wrap: c.role === 'description' });
      if (c.role !== 'description') values.push(typedValue(b, c, t, r0));
    }
    if (p.measureMode === 'rowsMerged' && rows > 1) b.merge(r0, c.index, r0 + rows - 1, c.index + c.span - 1);
  }
  for (let k = 0; k < rows; k++) {
    const r = r0 + k;
    for (const c of layout.columns.filter((x) => x.level === 'measure')) {
      const t = c.role === 'measure' ? measureCell(rng, p, k) : p.measures[k].values.get(c.role);
      if (t) {
        b.set(r, c.index, t.cell, { wrap: c.role === 'measure' });
        if (c.role !== 'measure') values.push(typedValue(b, c, t, r));
      }
      if (c.span > 1) b.merge(r, c.index, r, c.index + c.span - 1);
    }
  }
  b.row = r0 + rows - 1;
  if (copyOf) {
    copyOf.occurrences.push({ sheet: b.name, row: r0 });
    return copyOf;
  }
  return {
    where: `${b.name}!${r0}`,
    sheet: b.name,
    row: r0,
    occurrences: [{ sheet: b.name, row: r0 }],
    unit: p.values.get('unit')?.text,
    id: p.values.get('id')?.text,
    description: p.description,
    measures: p.measures.map((m) => m.text).filter(Boolean),
    section: heading?.text,
    sectionPath: heading?.path ?? [],
    category: p.values.get('category')?.text,
    values,
  };
}

export type Placement = 'merged' | 'seqCell' | 'problemCell';

export function emitHeading(ctx: EmitContext, heading: string, placement: Placement, bold: boolean): void {
  const { b, layout } = ctx;
  const r = b.next();
  const column =
    placement === 'problemCell' ? columnOf(layout, 'description')!.index : (columnOf(layout, 'seq')?.index ?? 1);
  b.set(r, placement === 'merged' ? 1 : column, text(heading), { bold });
  if (placement === 'merged') b.merge(r, 1, r, layout.width);
  b.note(r, 'heading', heading);
}

/** 小计 / 合计 / 总计: the label in the first cell, merged over a few, or in the 问题 cell; sometimes a count. */
export function emitSubtotal(ctx: EmitContext, label: string, count: number): void {
  const { b, layout, rng } = ctx;
  const r = b.next();
  const desc = columnOf(layout, 'description')!.index;
  const seq = columnOf(layout, 'seq');
  const where = rng.pick(['first', 'merged', 'desc'] as const);
  if (where === 'desc' || desc === 1) {
    b.set(r, desc, text(label), { bold: true });
    if (seq && seq.index !== desc && rng.chance(0.5)) b.set(r, seq.index, { t: 'n', v: count });
  } else {
    const end = where === 'merged' ? desc - 1 : 1;
    b.set(r, 1, text(label), { bold: true });
    b.merge(r, 1, r, end);
    if (rng.chance(0.5)) b.set(r, desc, text(`共${count}项`));
  }
  b.note(r, 'subtotal', label);
}

/** Pre-numbered rows of a template nobody filled in: nothing but the 序号. */
export function emitNumberOnly(ctx: EmitContext, from: number, count: number): void {
  const seq = columnOf(ctx.layout, 'seq')!;
  for (let k = 0; k < count; k++) {
    const r = ctx.b.next();
    ctx.b.set(r, seq.index, { t: 'n', v: from + k });
    ctx.b.note(r, 'numberOnly', String(from + k));
  }
}

/** 说明：…, 填写要求：…, 注：…, a 说明 spread over several rows, a signature line. */
export function emitFootnotes(ctx: EmitContext): void {
  const { b, layout, rng } = ctx;
  if (rng.chance(0.5)) b.next();
  const merged = rng.chance(0.6);
  const lines = rng.chance(0.35) ? [...FOOTNOTE_LINES] : rng.sample(FOOTNOTES, rng.int(1, 2));
  if (rng.chance(0.3)) lines.push(`填报人：${rng.pick(PEOPLE)}\u3000\u3000审核人：${rng.pick(PEOPLE)}`);
  for (const line of lines) {
    const r = b.next();
    b.set(r, 1, text(line), { wrap: true });
    if (merged) b.merge(r, 1, r, layout.width);
    b.note(r, 'footnote', line);
  }
}
