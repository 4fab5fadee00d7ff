/**
 * One cell's XML as the patcher writes it, with the value types the engine
 * has: numbers (dates are serials, shifted in a 1904 workbook), text, booleans,
 * errors and empty (a cell that keeps only its style, or goes).
 */
import { type CellValue, isCellError } from '../../engine/core/cells';
import { xmlText } from '../apply/laterRows';
import { SharedStrings } from './strings';

const needsSpace = (t: string) => {
  if (t === '') return false;
  const first = t[0];
  const last = t[t.length - 1];
  return first === ' ' || first === '\t' || last === ' ' || last === '\t' || t.includes('\n');
};

/** The cell's XML; '' for an empty cell without a style. */
export function cellXml(ref: string, v: CellValue, style: number | null, strings: SharedStrings): string {
  const s = style ? ` s="${style}"` : '';
  if (v === null || v === undefined) return style ? `<c r="${ref}"${s}/>` : '';
  if (isCellError(v)) return `<c r="${ref}"${s} t="e"><v>${xmlText(v.error)}</v></c>`;
  if (typeof v === 'boolean') return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  if (typeof v === 'number') return `<c r="${ref}"${s}><v>${String(v)}</v></c>`;
  // An empty text as an inline string reads back as no value in ExcelJS; from the shared strings it stays ''.
  if (v === '' || SharedStrings.needed(v)) return `<c r="${ref}"${s} t="s"><v>${strings.add(v)}</v></c>`;
  const space = needsSpace(v) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${xmlText(v)}</t></is></c>`;
}
