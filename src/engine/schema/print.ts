/**
 * How each sheet of ours prints on A4 (docs/WORKBOOK.md, "Printing"): what
 * would otherwise come out of a printer is 40 columns squeezed onto one
 * unreadable page, or a ledger split over six portrait pages.
 *
 * - A list sheet prints landscape, as many pages across as keep it at 70 % or
 *   larger (a problem list is two pages across at about 96 %), its header row
 *   on every page.
 * - A generated sheet prints landscape, one page across: its printed columns
 *   are chosen to fit (整改台账 prints its core columns; the others are kept
 *   in the sheet), its header row on every page.
 * - Every page says the sheet, the page number and the date: the as-of date
 *   for a generated sheet (its figures are as of that day), the printing date
 *   for a list sheet (its cells are what the user typed).
 */
import { columnLetters } from '../core/a1';
import { PAGE_CODES, type PrintSetup, pageText, pagesWideFor } from '../core/print';
import { type Lang, t } from '../../i18n';

/** The smallest scale we print at: 11-point text at 70 % is the size of a footnote, still readable. */
export const MIN_PRINT_SCALE = 0.7;

const pageFooter = (lang: Lang) => ({ center: t(lang, 'print.pages', { ...PAGE_CODES }) });

/** A list sheet created by structure. */
export function listSheetPrint(def: { columns: readonly { width: number }[] }, lang: Lang): PrintSetup {
  const widths = def.columns.map((c) => c.width);
  return {
    orientation: 'landscape',
    pagesWide: pagesWideFor(widths, 'landscape', MIN_PRINT_SCALE),
    titleRows: { first: 1, last: 1 },
    header: { left: PAGE_CODES.sheet, right: t(lang, 'print.printedOn', { ...PAGE_CODES }) },
    footer: pageFooter(lang),
  };
}

export interface GeneratedPrintInput {
  /** Width of every column of the sheet, in character units. */
  widths: readonly number[];
  /** The header row repeated on every page (0: none, e.g. 统计 with several tables). */
  headerRow: number;
  /** Rows the sheet has. */
  rows: number;
  /** Columns printed, from the left (the rest stay in the sheet, off the page); absent: all. */
  printColumns?: number;
  /** The day the sheet's figures are as of. */
  asOf: string;
}

/** A generated sheet, rebuilt by report and refresh. */
export function generatedSheetPrint(input: GeneratedPrintInput, lang: Lang): PrintSetup {
  const columns = Math.min(input.printColumns ?? input.widths.length, input.widths.length);
  return {
    orientation: 'landscape',
    pagesWide: 1,
    ...(input.headerRow > 0 ? { titleRows: { first: input.headerRow, last: input.headerRow } } : {}),
    ...(columns < input.widths.length ? { area: `A1:${columnLetters(columns)}${Math.max(input.rows, 1)}` } : {}),
    header: { left: PAGE_CODES.sheet, right: pageText(t(lang, 'print.asOf', { date: input.asOf })) },
    footer: pageFooter(lang),
  };
}
