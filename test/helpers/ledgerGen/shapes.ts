/**
 * The shapes of hand-made ledgers the generator draws, each a named option so
 * the test can turn them on one at a time (`plain` has none of them,
 * `everything` has all). README.md says how to add one.
 */
export interface ShapeOptions {
  /** One or two title rows, merged across the width or not. */
  titleRows?: boolean;
  /** `label：value` cells above the header (填报单位：…, 填报人：王魁, 反馈时间：2024年3月5日). */
  labelValues?: boolean;
  /** Headers of 2–4 rows: groups over sub-heads, the other header cells merged down. */
  groupedHeader?: boolean;
  /** Any alias the schema knows for a column, instead of its plainest name. */
  knownSynonyms?: boolean;
  /** The header words of real field ledgers (隐患内容, 整改措施与要求, 责任科室, 排查日期, 复查人…). */
  fieldWords?: boolean;
  /** Section heading rows in every style; 序号 restarting at 1 in each section. */
  sections?: boolean;
  /** The ledger has a 问题类别 column of its own (headings then belong in 原分组). */
  ownCategory?: boolean;
  /** Two different problems under the same 问题编号. */
  duplicateIds?: boolean;
  /** A row typed twice, identical in every cell. */
  repeatedRows?: boolean;
  /** Several measures per problem, in rows under it (problem cells merged down, or left blank). */
  measuresInRows?: boolean;
  /** Several measures per problem, as numbered lines in one cell. */
  measuresInCell?: boolean;
  /** The measure merged across 2–5 columns, in the header and in every row. */
  mergedMeasure?: boolean;
  /** Formulas with their saved results (序号 =ROW()-3, dates =DATE(…), text ="…"&"…"). */
  formulas?: boolean;
  /** Date columns mixing date cells, datetimes, bare serial numbers and typed text. */
  mixedDates?: boolean;
  /** 说明：/填写要求：/注：/备注： rows under the table. */
  footnotes?: boolean;
  /** 小计 / 合计 / 总计 rows. */
  subtotals?: boolean;
  /** Pre-numbered rows holding only a 序号. */
  numberOnlyRows?: boolean;
  /** Problems whose description was left blank, everything else filled. */
  blankDescriptions?: boolean;
  /** Several ledger sheets (per year or per unit, some repeating problems) and one sheet that is no ledger. */
  multiSheet?: boolean;
  /** Hazard-ledger status words (开放/关闭, 已整改/未整改, 待整改, 已销号, 现场处置). */
  hazardStatus?: boolean;
}

export type ShapeName = keyof typeof SHAPES;

const ALL: Required<ShapeOptions> = {
  titleRows: true,
  labelValues: true,
  groupedHeader: true,
  knownSynonyms: true,
  fieldWords: true,
  sections: true,
  ownCategory: false,
  duplicateIds: true,
  repeatedRows: true,
  measuresInRows: true,
  measuresInCell: true,
  mergedMeasure: true,
  formulas: true,
  mixedDates: true,
  footnotes: true,
  subtotals: true,
  numberOnlyRows: true,
  blankDescriptions: true,
  multiSheet: true,
  hazardStatus: true,
};

export const SHAPES = {
  plain: {},
  titleRows: { titleRows: true },
  labelValues: { labelValues: true },
  groupedHeader: { groupedHeader: true },
  knownSynonyms: { knownSynonyms: true },
  fieldWords: { fieldWords: true },
  sections: { sections: true },
  sectionsOwnCategory: { sections: true, ownCategory: true },
  duplicateIds: { duplicateIds: true },
  repeatedRows: { repeatedRows: true },
  measuresInRows: { measuresInRows: true },
  measuresInCell: { measuresInCell: true },
  mergedMeasure: { mergedMeasure: true },
  formulas: { formulas: true },
  mixedDates: { mixedDates: true },
  footnotes: { footnotes: true },
  subtotals: { subtotals: true },
  numberOnlyRows: { numberOnlyRows: true },
  blankDescriptions: { blankDescriptions: true },
  multiSheet: { multiSheet: true },
  hazardStatus: { hazardStatus: true },
  everything: ALL,
} satisfies Record<string, ShapeOptions>;

export const SHAPE_NAMES = Object.keys(SHAPES) as ShapeName[];
