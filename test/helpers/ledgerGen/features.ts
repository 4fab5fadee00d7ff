/**
 * Whether a generated ledger shows the shape it was drawn for: a shape that
 * silently drew nothing of itself would pass for the wrong reason.
 */
import type { ShapeName } from './shapes';
import type { GeneratedLedger } from './types';
import { HAZARD_STATUS, HEADERS } from './vocab';

const FIELD_WORDS = new Set(Object.values(HEADERS).flatMap((w) => w.field ?? []));

type Probe = (g: GeneratedLedger) => boolean;

const cells = (g: GeneratedLedger) => g.workbook.sheets.flatMap((s) => s.cells);
const kinds = (g: GeneratedLedger, kind: string) => g.manifest.nonProblems.some((n) => n.kind === kind);

export const FEATURES: Partial<Record<ShapeName, Probe>> = {
  titleRows: (g) => kinds(g, 'title'),
  labelValues: (g) => g.manifest.details.length > 0,
  groupedHeader: (g) => g.manifest.columns.some((c) => c.parts.length > 1),
  fieldWords: (g) => g.manifest.columns.some((c) => FIELD_WORDS.has(c.parts[c.parts.length - 1])),
  sections: (g) => g.manifest.headings.length > 0,
  sectionsOwnCategory: (g) => g.manifest.headings.length > 0 && g.manifest.ownCategory,
  duplicateIds: (g) => {
    const ids = g.manifest.problems.map((p) => p.id).filter(Boolean);
    return new Set(ids).size < ids.length;
  },
  repeatedRows: (g) => g.manifest.problems.some((p) => p.occurrences.filter((o) => o.sheet === p.sheet).length > 1),
  measuresInRows: (g) => g.manifest.problems.some((p) => p.measures.length > 1),
  measuresInCell: (g) => g.manifest.problems.some((p) => p.measures.length > 1),
  mergedMeasure: (g) => g.workbook.sheets.some((s) => s.merges.length > 0),
  formulas: (g) => cells(g).some((c) => c.value.t === 'f'),
  mixedDates: (g) => new Set(cells(g).map((c) => c.value.t)).size >= 3,
  footnotes: (g) => kinds(g, 'footnote'),
  subtotals: (g) => kinds(g, 'subtotal'),
  numberOnlyRows: (g) => kinds(g, 'numberOnly'),
  blankDescriptions: (g) => g.manifest.problems.some((p) => !p.description),
  multiSheet: (g) => g.manifest.ledgerSheets.length > 1 && g.manifest.otherSheets.length > 0,
  hazardStatus: (g) =>
    g.manifest.problems.some((p) => p.values.some((v) => v.role === 'status' && HAZARD_STATUS.includes(v.text))),
  everything: (g) => g.manifest.headings.length > 0 && g.manifest.ledgerSheets.length > 1,
};
