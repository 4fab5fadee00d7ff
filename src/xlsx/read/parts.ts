/**
 * The small parts of a workbook the lean reader needs: the workbook part
 * (sheets in order, their visibility, the 1904 date system, defined names),
 * relationships, number formats of the cell styles (to tell dates), shared
 * strings and tables. Everything else (themes, drawings, images, pivot
 * caches, comments) is never inflated.
 */
import { posix } from 'path';
import { decodeXml, eachTag } from './xml';

export interface Rel {
  id: string;
  /** Last segment of the type: 'worksheet', 'sharedStrings', 'styles', 'table', … */
  kind: string;
  /** The target as a part name (no leading slash). */
  part: string;
  external: boolean;
}

/** A part's .rels part: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPartOf(part: string): string {
  const dir = posix.dirname(part);
  return `${dir === '.' ? '' : dir + '/'}_rels/${posix.basename(part)}.rels`;
}

function resolve(owner: string, target: string): string {
  let t = target.trim();
  try {
    t = decodeURIComponent(t);
  } catch {
    /* kept as written */
  }
  if (t.startsWith('/')) return posix.normalize(t.slice(1));
  return posix.normalize(posix.join(posix.dirname(owner), t)).replace(/^(\.\.\/)+/, '');
}

export function parseRels(xml: string | null, owner: string): Rel[] {
  const rels: Rel[] = [];
  if (!xml) return rels;
  eachTag(xml, new Set(['Relationship']), ({ attrs }) => {
    const type = attrs.Type ?? '';
    const external = attrs.TargetMode === 'External';
    rels.push({
      id: attrs.Id ?? '',
      kind: type.slice(type.lastIndexOf('/') + 1),
      part: external ? (attrs.Target ?? '') : resolve(owner, attrs.Target ?? ''),
      external,
    });
  });
  return rels;
}

export interface WorkbookSheet {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  relId: string;
}

export interface WorkbookPart {
  sheets: WorkbookSheet[];
  date1904: boolean;
  /** Defined names, each once, in the file's order. */
  names: string[];
}

export function parseWorkbook(xml: string): WorkbookPart {
  const sheets: WorkbookSheet[] = [];
  const names: string[] = [];
  let date1904 = false;
  const wanted = new Set(['sheet', 'workbookPr', 'definedName']);
  eachTag(xml, wanted, ({ name, attrs }) => {
    if (name === 'sheet') {
      const st = attrs.state;
      sheets.push({
        name: attrs.name ?? '',
        state: st === 'hidden' ? 'hidden' : st === 'veryHidden' ? 'veryHidden' : 'visible',
        relId: attrs.id ?? '',
      });
    } else if (name === 'workbookPr') {
      date1904 = attrs.date1904 === '1' || attrs.date1904 === 'true';
    } else if (name === 'definedName' && attrs.name !== undefined && !names.includes(attrs.name)) {
      names.push(attrs.name);
    }
  });
  return { sheets, date1904, names };
}

/** The built-in number formats that show dates or times (Excel's ids, including the East Asian ones). */
const BUILTIN_DATE_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** Whether a format code shows a date or time: a date letter outside quotes and brackets. */
export function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^[\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** For each cell style (cellXfs index): whether its number format shows a date. */
export function parseDateStyles(xml: string | null): boolean[] {
  if (!xml) return [];
  const formats = new Map<number, string>();
  const out: boolean[] = [];
  let inCellXfs = false;
  eachTag(xml, new Set(['numFmt', 'cellXfs', '/cellXfs', 'xf']), ({ name, attrs }) => {
    if (name === 'numFmt') formats.set(Number(attrs.numFmtId), attrs.formatCode ?? '');
    else if (name === 'cellXfs') inCellXfs = true;
    else if (name === '/cellXfs') inCellXfs = false;
    else if (name === 'xf' && inCellXfs) {
      const id = parseInt(attrs.numFmtId ?? '0', 10) || 0;
      const custom = formats.get(id);
      out.push(custom !== undefined ? isDateFormat(custom) : BUILTIN_DATE_IDS.has(id));
    }
  });
  return out;
}

/** Excel's escape of a character XML cannot hold (_x000D_ for a carriage return). */
const unescapeX = (s: string) =>
  s.indexOf('_x') < 0 ? s : s.replace(/_x([0-9A-F]{4})_/g, (_w, h: string) => String.fromCharCode(parseInt(h, 16)));

/**
 * The text of a string item (<si> or a cell's <is>): its <t> runs joined,
 * phonetic guides (<rPh>) left out. `from`/`to` bound the item's content.
 */
export function itemText(xml: string, from: number, to: number, escapes: boolean): string {
  let out = '';
  let i = from;
  for (;;) {
    const lt = xml.indexOf('<', i);
    if (lt < 0 || lt >= to) break;
    if (xml.startsWith('<rPh', lt) && /[\s>/]/.test(xml[lt + 4])) {
      const e = xml.indexOf('</rPh>', lt);
      i = e < 0 || e > to ? to : e + 6;
      continue;
    }
    // <t> or <x:t>, not <tag…>
    const m = /^<(?:\w+:)?t(\s[^>]*)?(\/?)>/.exec(xml.slice(lt, Math.min(to, lt + 200)));
    if (m) {
      if (m[2]) {
        i = lt + m[0].length;
        continue;
      }
      const start = lt + m[0].length;
      const e = xml.indexOf('<', start);
      const end = e < 0 || e > to ? to : e;
      const text = decodeXml(xml.slice(start, end));
      out += escapes ? unescapeX(text) : text;
      i = end;
      continue;
    }
    i = lt + 1;
  }
  return out;
}

export function parseSharedStrings(xml: string | null): string[] {
  const out: string[] = [];
  if (!xml) return out;
  let i = 0;
  for (;;) {
    const open = xml.indexOf('<si', i);
    if (open < 0) break;
    const c = xml[open + 3];
    if (c !== '>' && c !== ' ' && c !== '/') {
      i = open + 3;
      continue;
    }
    const gt = xml.indexOf('>', open);
    if (gt < 0) break;
    if (xml[gt - 1] === '/') {
      out.push('');
      i = gt + 1;
      continue;
    }
    const close = xml.indexOf('</si>', gt);
    const end = close < 0 ? xml.length : close;
    // The common item, one plain run (<si><t>…</t></si>), read without itemText's search for runs and guides.
    const text = gt + 4 <= end && xml.startsWith('<t>', gt + 1) ? xml.indexOf('<', gt + 4) : -1;
    if (text >= 0 && text + 4 === end && xml.startsWith('</t>', text))
      out.push(unescapeX(decodeXml(xml.slice(gt + 4, text))));
    else out.push(itemText(xml, gt + 1, end, true));
    i = end + 5;
  }
  return out;
}

/** A table part's name and range. */
export function parseTable(xml: string | null): { name: string; ref: string } | null {
  if (!xml) return null;
  let table: { name: string; ref: string } | null = null;
  eachTag(xml, new Set(['table']), ({ attrs }) => {
    if (attrs.ref) table = { name: attrs.name ?? attrs.displayName ?? '', ref: attrs.ref };
    return false;
  });
  return table;
}
