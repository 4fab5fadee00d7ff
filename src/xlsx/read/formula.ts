/**
 * A shared formula as each cell of its range holds it: the master's text
 * with every relative reference moved by the cell's offset from the master,
 * as Excel shows it (and as ExcelJS's `cell.formula` gives it).
 */
import { columnLetters, columnNumber } from './address';

/**
 * A word of the formula that may be a reference: a whole run of letters, digits, _ and $, not a sheet's name (not
 * followed by "!") and not a function's (the "(" is captured). Whole runs only, so the scan is linear: each run is
 * tried once, from its start.
 */
const CANDIDATE = /(?<![a-z0-9_$])([a-z0-9_$]{2,})(?![a-z0-9_$!])([(])?/gi;
const CELL_REF = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

export function slideFormula(formula: string, from: { row: number; col: number }, to: { row: number; col: number }) {
  return formula.replace(CANDIDATE, (whole, part: string, paren: string | undefined) => {
    if (paren) return whole;
    const m = CELL_REF.exec(part);
    if (!m) return whole;
    const letters = m[2].toUpperCase();
    // Past XFD: a name, not a column.
    if (letters.length > 3 || (letters.length === 3 && letters > 'XFD')) return whole;
    let col = columnNumber(letters);
    let row = parseInt(m[4], 10);
    if (!m[1]) col += to.col - from.col;
    if (!m[3]) row += to.row - from.row;
    return (m[1] || '') + columnLetters(col) + (m[3] || '') + row;
  });
}
