/** What the three generated sheets share: the banner that marks them as ours, cell helpers, the content shape. */
import type { CellValue } from '../../core/cells';
import type { ConditionalFormatOp } from '../../core/plan';
import { logText } from '../../audit/chain';
import { type Lang, t } from '../../../i18n';
import { toExcelSerial } from '../../rules/excelSerial';
import { GENERATED_SHEET_NAMES, type GeneratedSheetId } from '../../schema/sheets';
import type { LedgerData } from '../types';

const BANNER_MARKERS = ['【自动生成】', '[Generated]'];

/** True when a sheet's A1 carries our banner, i.e. we made the sheet and may rebuild it. */
export function isGeneratedSheet(values: CellValue[][]): boolean {
  const a1 = logText(values[0]?.[0]);
  return BANNER_MARKERS.some((m) => a1.startsWith(m));
}

export const PERCENT = '0.0%';
export const DATE_FMT = 'yyyy-mm-dd';

export function dateCell(iso: string | null | undefined): CellValue {
  return iso ? toExcelSerial(iso) : null;
}

export function banner(lang: Lang, id: GeneratedSheetId, data: LedgerData, now: string): CellValue[][] {
  return [
    [t(lang, 'ledger.banner', { sheet: GENERATED_SHEET_NAMES[id][lang] })],
    [t(lang, 'ledger.asOf', { date: data.today, now })],
  ];
}

export interface SheetContent {
  rows: CellValue[][];
  /** Number format per column (dates, percentages). */
  formats: (string | null)[];
  widths: number[];
  /** Row (1-based) of the column headers, frozen. */
  headerRow: number;
  /** The data rows wrap their text and grow to it (ledger and supervision lists). */
  wrap?: boolean;
  /** Colour rules on the sheet (the milestone rows of 督办清单). */
  colours?: Omit<ConditionalFormatOp, 'sheet'>[];
  /** Columns printed, from the left (the rest stay in the sheet); absent: all (schema/print.ts). */
  printColumns?: number;
}
