/**
 * Packages written by hand, for the producers this machine does not have:
 * web systems' exports and tools built on the Open XML SDK, which use parts
 * of the standard that Excel, LibreOffice and the Python libraries do not
 * (inline strings, no styles part, namespace prefixes, cells without
 * addresses, ISO-date cells, the Strict namespaces), and WPS's absolute
 * relationship targets, applied to a real file. Each is built from a table of
 * values, which is also what every reader must find in it.
 */
import JSZip from 'jszip';

/** A cell: text, a number, or a date (ISO yyyy-mm-dd). */
export type Cell = string | number | { date: string } | null;

const T = 'http://schemas.openxmlformats.org';
const MAIN = `${T}/spreadsheetml/2006/main`;
const REL = `${T}/officeDocument/2006/relationships`;
const STRICT_MAIN = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
const STRICT_REL = 'http://purl.oclc.org/ooxml/officeDocument/relationships';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function col(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

function serial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000 + 25569;
}

/** What a person reads in the cell, as test/files/dump_cells.py writes it. */
export function cellText(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'object') return v.date;
  return String(v);
}

interface Style {
  /** How text is written: shared strings, inline strings, or t="str". */
  strings: 'shared' | 'inline' | 'str';
  /** How dates are written: a serial with a date style, an ISO date cell, or text. */
  dates: 'serial' | 'iso' | 'text';
  /** Leave out row and cell addresses. */
  noAddresses?: boolean;
  /** Write every SpreadsheetML element with this prefix (x:row). */
  prefix?: string;
  strict?: boolean;
  /** Write a styles part (needed for serial dates). */
  styles: boolean;
}

function sheetXml(rows: Cell[][], st: Style, shared: string[]): string {
  const p = st.prefix ? `${st.prefix}:` : '';
  const sharedIndex = new Map<string, number>();
  const body = rows
    .map((row, r) => {
      const cells = row
        .map((v, c) => {
          if (v === null || v === '') return st.noAddresses ? `<${p}c/>` : '';
          const at = st.noAddresses ? '' : ` r="${col(c + 1)}${r + 1}"`;
          if (typeof v === 'number') return `<${p}c${at}><${p}v>${v}</${p}v></${p}c>`;
          if (typeof v === 'object' && st.dates === 'serial')
            return `<${p}c${at} s="1"><${p}v>${serial(v.date)}</${p}v></${p}c>`;
          if (typeof v === 'object' && st.dates === 'iso')
            return `<${p}c${at} s="1" t="d"><${p}v>${v.date}T00:00:00</${p}v></${p}c>`;
          const s = typeof v === 'object' ? v.date : v;
          if (st.strings === 'inline')
            return `<${p}c${at} t="inlineStr"><${p}is><${p}t>${esc(s)}</${p}t></${p}is></${p}c>`;
          if (st.strings === 'str') return `<${p}c${at} t="str"><${p}v>${esc(s)}</${p}v></${p}c>`;
          if (!sharedIndex.has(s)) {
            sharedIndex.set(s, shared.length);
            shared.push(s);
          }
          return `<${p}c${at} t="s"><${p}v>${sharedIndex.get(s)}</${p}v></${p}c>`;
        })
        .join('');
      return `<${p}row${st.noAddresses ? '' : ` r="${r + 1}"`}>${cells}</${p}row>`;
    })
    .join('');
  const ns = st.strict ? STRICT_MAIN : MAIN;
  const rel = st.strict ? STRICT_REL : REL;
  const decl = st.prefix ? `xmlns:${st.prefix}="${ns}"` : `xmlns="${ns}"`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet ${decl} xmlns:r="${rel}"><${p}sheetData>${body}</${p}sheetData></${p}worksheet>`;
}

/** A one-sheet workbook package in the given style. */
export async function writeSynthetic(rows: Cell[][], sheetName: string, st: Style): Promise<Buffer> {
  const p = st.prefix ? `${st.prefix}:` : '';
  const ns = st.strict ? STRICT_MAIN : MAIN;
  const rel = st.strict ? STRICT_REL : REL;
  const relType = (kind: string) => `${rel}/${kind}`;
  const decl = st.prefix ? `xmlns:${st.prefix}="${ns}"` : `xmlns="${ns}"`;
  const shared: string[] = [];
  const zip = new JSZip();
  const sheet = sheetXml(rows, st, shared);
  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`,
    `<Override PartName="/xl/worksheets/data.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ];
  const wbRels = [`<Relationship Id="rId1" Type="${relType('worksheet')}" Target="worksheets/data.xml"/>`];
  if (shared.length) {
    zip.file(
      'xl/strings.xml',
      `<?xml version="1.0" encoding="UTF-8"?>\n<${p}sst ${decl} count="${shared.length}" uniqueCount="${shared.length}">` +
        shared.map((s) => `<${p}si><${p}t xml:space="preserve">${esc(s)}</${p}t></${p}si>`).join('') +
        `</${p}sst>`,
    );
    wbRels.push(`<Relationship Id="rId2" Type="${relType('sharedStrings')}" Target="strings.xml"/>`);
    overrides.push(
      `<Override PartName="/xl/strings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`,
    );
  }
  if (st.styles) {
    zip.file(
      'xl/styles.xml',
      `<?xml version="1.0" encoding="UTF-8"?>\n<${p}styleSheet ${decl}><${p}fonts count="1"><${p}font><${p}sz val="11"/><${p}name val="宋体"/></${p}font></${p}fonts>` +
        `<${p}fills count="2"><${p}fill><${p}patternFill patternType="none"/></${p}fill><${p}fill><${p}patternFill patternType="gray125"/></${p}fill></${p}fills>` +
        `<${p}borders count="1"><${p}border/></${p}borders><${p}cellStyleXfs count="1"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></${p}cellStyleXfs>` +
        `<${p}cellXfs count="2"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><${p}xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></${p}cellXfs></${p}styleSheet>`,
    );
    wbRels.push(`<Relationship Id="rId3" Type="${relType('styles')}" Target="styles.xml"/>`);
  }
  zip.file('xl/worksheets/data.xml', sheet);
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?>\n<${p}workbook ${decl} xmlns:r="${rel}"><${p}sheets><${p}sheet name="${esc(sheetName)}" sheetId="1" r:id="rId1"/></${p}sheets></${p}workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${wbRels.join('')}</Relationships>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relType('officeDocument')}" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The synthetic producers: name → style. */
export const SYNTHETIC: Record<string, Style> = {
  // A web system's export: inline strings, dates as text, no styles, no theme, no document properties.
  'web-inline': { strings: 'inline', dates: 'text', styles: false },
  // Built on the Open XML SDK: every element prefixed x:, shared strings, dates as styled serials.
  'sdk-prefixed': { strings: 'shared', dates: 'serial', prefix: 'x', styles: true },
  // A streaming exporter: no row or cell addresses, strings as t="str", dates as ISO-date cells.
  'stream-noaddress': { strings: 'str', dates: 'iso', noAddresses: true, styles: true },
  // Excel's "Strict Open XML Spreadsheet" namespaces.
  strict: { strings: 'shared', dates: 'serial', strict: true, styles: true },
};

/**
 * The same package with every internal relationship target made absolute
 * (/xl/comments1.xml), as WPS and openpyxl write them.
 */
export async function withAbsoluteTargets(input: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(input);
  for (const name of Object.keys(zip.files)) {
    const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(name);
    if (!m) continue;
    const ownerDir = m[1].replace(/\/$/, '');
    const xml = await zip.file(name)!.async('string');
    const fixed = xml.replace(/<Relationship\b[^>]*>/g, (tag) => {
      if (/TargetMode="External"/.test(tag)) return tag;
      return tag.replace(/Target="([^"]*)"/, (_w, t: string) => {
        if (t.startsWith('/')) return `Target="${t}"`;
        const parts = (ownerDir ? ownerDir.split('/') : []).concat(t.split('/'));
        const out: string[] = [];
        for (const seg of parts) {
          if (seg === '..') out.pop();
          else if (seg !== '.' && seg !== '') out.push(seg);
        }
        return `Target="/${out.join('/')}"`;
      });
    });
    zip.file(name, fixed);
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
