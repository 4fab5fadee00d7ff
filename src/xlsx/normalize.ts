/**
 * Rewrites an .xlsx package into the shape ExcelJS reads, before it reads it.
 * ExcelJS 4.4 finds a workbook's parts by their file names (xl/commentsN.xml,
 * xl/tables/tableN.xml, xl/worksheets/sheetN.xml…) and looks relationship
 * targets up as literal strings ('../comments1.xml'), while the standard lets
 * a producer name its parts freely and write targets as absolute paths. So a
 * file from openpyxl (/xl/comments/comment1.xml) or WPS loses its notes or
 * fails outright ("Cannot read properties of undefined (reading 'comments')",
 * https://github.com/exceljs/exceljs/issues/2797). Here every part ExcelJS
 * reads through a relationship is given the name it expects and every
 * relationship a relative target; nothing else in the package changes.
 *
 * Also absorbed here, in the parts' text:
 * - a namespace prefix on SpreadsheetML elements (<x:row>, written by tools
 *   built on the Open XML SDK) and the Strict namespaces: ExcelJS matches
 *   element names and relationship types literally;
 * - cells and rows without an `r` address (optional in the standard);
 * - ISO-date cells (t="d"), which ExcelJS would read as the number of the year.
 *
 * A package that needs none of this is returned as it was (the common case:
 * Excel, WPS without notes, LibreOffice, XlsxWriter, ExcelJS), so the cost is
 * one read of the zip's directory and its small .rels parts.
 */
import JSZip from 'jszip';
import { posix } from 'path';
import { type ZipArchive, openZip } from './read/zip';
import { clipHugeRanges, fillAddresses, hasHugeRange, needsAddressFill } from './sheetXml';

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const STRICT: [string, string][] = [
  ['http://purl.oclc.org/ooxml/spreadsheetml/main', MAIN_NS],
  ['http://purl.oclc.org/ooxml/officeDocument/relationships', REL_NS],
  ['http://purl.oclc.org/ooxml/drawingml/main', 'http://schemas.openxmlformats.org/drawingml/2006/main'],
  [
    'http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes',
    'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes',
  ],
  [
    'http://purl.oclc.org/ooxml/officeDocument/extendedProperties',
    'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties',
  ],
];

export interface Normalized {
  /** The package to hand to ExcelJS: the input itself when nothing needed changing. */
  buffer: Uint8Array;
  /** What was changed, for tests and diagnostics (part names, not user data). */
  changes: string[];
  /** Whether the package has a workbook part at all (a .docx or any other zip has not). */
  workbook: boolean;
}

interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/(?<![\w:])([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]] = m[2] ?? m[3];
  return out;
}

function parseRels(xml: string): Rel[] {
  const rels: Rel[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
    const a = attrs(m[1]);
    rels.push({ id: a.Id ?? '', type: a.Type ?? '', target: a.Target ?? '', external: a.TargetMode === 'External' });
  }
  return rels;
}

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function renderRels(rels: Rel[]): string {
  const body = rels
    .map(
      (r) =>
        `<Relationship Id="${escapeAttr(r.id)}" Type="${escapeAttr(r.type)}" Target="${escapeAttr(r.target)}"` +
        (r.external ? ' TargetMode="External"/>' : '/>'),
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;
}

/** The last segment of a relationship type: 'worksheet', 'comments', … (transitional and Strict alike). */
const kindOf = (type: string) => type.slice(type.lastIndexOf('/') + 1);

/** The .rels part of a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels; the package's own: _rels/.rels. */
function relsOf(part: string): string {
  const dir = posix.dirname(part);
  return `${dir === '.' ? '' : dir + '/'}_rels/${posix.basename(part)}.rels`;
}

/** The part a .rels file describes ('' for the package), or null if the name is not a .rels path. */
function ownerOf(relsPath: string): string | null {
  const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(relsPath);
  if (!m) return null;
  return m[1] + m[2];
}

function decode(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}

/** A relationship's target as a part name, from the part that holds the relationship. */
function resolveTarget(owner: string, target: string): string {
  const t = decode(target.trim());
  if (t.startsWith('/')) return posix.normalize(t.slice(1));
  return posix.normalize(posix.join(posix.dirname(owner), t)).replace(/^(\.\.\/)+/, '');
}

function relativeTarget(owner: string, part: string): string {
  // Both from the package's root: a relative path would be resolved against the process's folder (which a
  // browser does not have).
  return posix.relative(`/${posix.dirname(owner)}`, `/${part}`);
}

/** The names ExcelJS expects, by relationship kind (the number is filled in per part). */
const CANONICAL: Record<string, (n: number) => string> = {
  worksheet: (n) => `xl/worksheets/sheet${n}.xml`,
  sharedStrings: () => 'xl/sharedStrings.xml',
  styles: () => 'xl/styles.xml',
  theme: (n) => `xl/theme/theme${n}.xml`,
  comments: (n) => `xl/comments${n}.xml`,
  vmlDrawing: (n) => `xl/drawings/vmlDrawing${n}.vml`,
  table: (n) => `xl/tables/table${n}.xml`,
  drawing: (n) => `xl/drawings/drawing${n}.xml`,
};

/** Whether a name is one ExcelJS reads as that kind of part (its file-name patterns, anchored). */
const READABLE: Record<string, RegExp> = {
  worksheet: /^xl\/worksheets\/sheet\d+\.xml$/,
  sharedStrings: /^xl\/sharedStrings\.xml$/,
  styles: /^xl\/styles\.xml$/,
  theme: /^xl\/theme\/[a-zA-Z0-9]+\.xml$/,
  comments: /^xl\/comments\d+\.xml$/,
  vmlDrawing: /^xl\/drawings\/vmlDrawing\d+\.vml$/,
  table: /^xl\/tables\/table\d+\.xml$/,
  drawing: /^xl\/drawings\/[a-zA-Z0-9]+\.xml$/,
};

interface Pkg {
  zip: ZipArchive;
  /** Part name (no leading slash) → entry name in the zip (the same: the reader drops the slash). */
  entries: Map<string, string>;
  texts: Map<string, string>;
}

async function text(pkg: Pkg, part: string): Promise<string | null> {
  if (pkg.texts.has(part)) return pkg.texts.get(part)!;
  const entry = pkg.entries.get(part);
  if (entry === undefined) return null;
  const t = pkg.zip.text(entry) ?? '';
  pkg.texts.set(part, t);
  return t;
}

/** The workbook part: the package's officeDocument relationship, else xl/workbook.xml. */
async function workbookPart(pkg: Pkg): Promise<string | null> {
  const root = await text(pkg, '_rels/.rels');
  const rel = root ? parseRels(root).find((r) => kindOf(r.type) === 'officeDocument' && !r.external) : undefined;
  const fromRels = rel ? resolveTarget('', rel.target) : null;
  if (fromRels && pkg.entries.has(fromRels)) return fromRels;
  if (pkg.entries.has('xl/workbook.xml')) return 'xl/workbook.xml';
  return [...pkg.entries.keys()].find((p) => /(^|\/)workbook\d*\.xml$/i.test(p)) ?? null;
}

/** Assigns each part ExcelJS reads through a relationship the name it expects. */
async function planNames(pkg: Pkg, wb: string): Promise<{ names: Map<string, string>; kinds: Map<string, string> }> {
  const kinds = new Map<string, string>();
  const names = new Map<string, string>([[wb, 'xl/workbook.xml']]);
  const counters: Record<string, number> = {};
  const taken = new Set<string>(['xl/workbook.xml']);
  const assign = (part: string, kind: string) => {
    if (names.has(part) || !pkg.entries.has(part) || !CANONICAL[kind]) return;
    let name = part;
    // A name ExcelJS already reads is kept, so the common package is left as it is.
    if (!READABLE[kind].test(part) || taken.has(part)) {
      do name = CANONICAL[kind]((counters[kind] = (counters[kind] ?? 0) + 1));
      while (taken.has(name) || (name !== part && pkg.entries.has(name) && !willMove(name)));
    }
    names.set(part, name);
    kinds.set(part, kind);
    taken.add(name);
  };
  // A canonical name held by another part that is itself renamed is free.
  const willMove = (name: string) => names.has(name) && names.get(name) !== name;
  const wbRels = parseRels((await text(pkg, relsOf(wb))) ?? '');
  for (const r of wbRels) if (!r.external) assign(resolveTarget(wb, r.target), kindOf(r.type));
  const sheets = wbRels.filter((r) => !r.external && kindOf(r.type) === 'worksheet');
  for (const s of sheets) {
    const sheet = resolveTarget(wb, s.target);
    for (const r of parseRels((await text(pkg, relsOf(sheet))) ?? '')) {
      if (!r.external) assign(resolveTarget(sheet, r.target), kindOf(r.type));
    }
  }
  return { names, kinds };
}

/**
 * A note whose text is plain (<text><t>…</t></text>, as openpyxl writes it)
 * is read by ExcelJS as empty: it only reads rich-text runs. The text is
 * wrapped in one run, which is the same note.
 */
function noteTextAsRun(xml: string): string {
  return xml.replace(
    /<text>(\s*)<t(\s[^>]*)?>([\s\S]*?)<\/t>(\s*)<\/text>/g,
    '<text><r><t xml:space="preserve">$3</t></r></text>',
  );
}

/** Removes a namespace prefix bound to the SpreadsheetML namespace, and maps Strict namespaces to transitional ones. */
function plainNamespaces(xml: string, strict: boolean): string {
  let out = xml;
  if (strict) for (const [from, to] of STRICT) out = out.split(from).join(to);
  const m = new RegExp(`xmlns:(\\w+)="${MAIN_NS.replace(/[./]/g, '\\$&')}"`).exec(out);
  if (m) {
    const p = m[1];
    out = out
      .replace(new RegExp(`<(/?)${p}:`, 'g'), '<$1')
      .replace(new RegExp(`xmlns:${p}="${MAIN_NS.replace(/[./]/g, '\\$&')}"`), `xmlns="${MAIN_NS}"`);
    // A default namespace declared twice is not XML; keep the first.
    out = out.replace(/(<\w+[^>]*?\sxmlns="[^"]*")([^>]*?)\sxmlns="[^"]*"/, '$1$2');
  }
  return out;
}

/**
 * Whether a worksheet may have cells without an address or ISO-date cells.
 * A producer that omits addresses omits them from the start of the sheet's
 * data, so its first 64 KB tell.
 */
function sheetNeedsFix(pkg: Pkg, part: string): boolean {
  const raw = pkg.zip.bytes(part);
  if (!raw) return false;
  // In a browser (the pane) there is no Buffer to search the bytes with: the text is searched instead.
  if (typeof Buffer === 'undefined') return needsAddressFill(new TextDecoder().decode(raw));
  const bytes = Buffer.from(raw.buffer, raw.byteOffset, raw.length);
  if (hasHugeRange(raw)) return true;
  if (bytes.indexOf('t="d"') >= 0 || bytes.indexOf("t='d'") >= 0) return true;
  const start = Math.max(0, bytes.indexOf('<sheetData'));
  return needsAddressFill(bytes.toString('utf8', start, start + 65536));
}

/**
 * The package in the shape ExcelJS reads. Every entry is inflated once within
 * its bounds first (read/zip.ts), so ExcelJS, which inflates the package
 * itself, never meets a zip bomb. Throws the EngineError that says what is
 * wrong with a broken or oversized package.
 */
export async function normalizePackage(input: Uint8Array, file = 'workbook.xlsx'): Promise<Normalized> {
  const zip = openZip(input, file);
  zip.verifyAll();
  const entries = new Map<string, string>();
  for (const name of zip.names()) entries.set(name, name);
  const pkg: Pkg = { zip, entries, texts: new Map() };
  const wb = await workbookPart(pkg);
  if (!wb || !/<(\w+:)?workbook\b/.test((await text(pkg, wb)) ?? ''))
    return { buffer: input, changes: [], workbook: false };
  const changes: string[] = [];
  const wbText = (await text(pkg, wb)) ?? '';
  const strict = wbText.includes('purl.oclc.org/ooxml');
  const prefixed = new RegExp(`xmlns:\\w+="${MAIN_NS.replace(/[./]/g, '\\$&')}"`).test(wbText.slice(0, 4096));
  const { names, kinds } = await planNames(pkg, wb);
  const out = new Map<string, string | null>(); // part → new text (null: the bytes as they were)
  for (const part of entries.keys()) out.set(part, null);

  // Relationship parts: renamed with their owner, targets relative to the owner's new place.
  for (const part of [...entries.keys()]) {
    const owner = ownerOf(part);
    if (owner === null) continue;
    const xml = (await text(pkg, part)) ?? '';
    const rels = parseRels(xml);
    const ownerNew = names.get(owner) ?? owner;
    let changed = strict;
    for (const r of rels) {
      if (strict) r.type = r.type.replace('http://purl.oclc.org/ooxml/officeDocument/relationships', REL_NS);
      if (r.external) continue;
      const targetPart = resolveTarget(owner, r.target);
      if (!entries.has(targetPart) && owner !== '') continue; // a dangling target is left for ExcelJS to ignore
      const rel =
        owner === ''
          ? (names.get(targetPart) ?? targetPart)
          : relativeTarget(ownerNew, names.get(targetPart) ?? targetPart);
      if (rel !== r.target) {
        r.target = rel;
        changed = true;
      }
    }
    const newPath = owner === '' ? part : relsOf(ownerNew);
    if (changed || newPath !== part) {
      out.delete(part);
      out.set(newPath, renderRels(rels));
      changes.push(`rels ${part}`);
    }
  }
  for (const [from, to] of names) {
    if (from === to) continue;
    out.delete(from);
    out.set(`@${to}`, from); // moved: content read from the old name below
    changes.push(`${from} → ${to}`);
  }
  // Text fixes in the SpreadsheetML parts ExcelJS parses.
  for (const [from, to] of names) {
    const kind = kinds.get(from);
    if (!/\.xml$/.test(to)) continue;
    const read = strict || prefixed || kind === 'comments' || (kind === 'worksheet' && sheetNeedsFix(pkg, from));
    if (!read) continue;
    let xml = (await text(pkg, from)) ?? '';
    const before = xml;
    if (strict || prefixed) xml = plainNamespaces(xml, strict);
    if (kind === 'worksheet' && needsAddressFill(xml)) xml = fillAddresses(xml);
    if (kind === 'worksheet') xml = clipHugeRanges(xml);
    if (kind === 'comments') xml = noteTextAsRun(xml);
    if (xml !== before) {
      out.delete(from);
      out.delete(`@${to}`);
      out.set(to, xml);
      changes.push(`text ${to}`);
    }
  }
  if (changes.length === 0) return { buffer: input, changes, workbook: true };
  const result = new JSZip();
  for (const [key, value] of out) {
    if (key.startsWith('@')) {
      result.file(key.slice(1), zip.bytes(entries.get(value as string)!)!);
    } else if (value === null) {
      result.file(key, zip.bytes(entries.get(key)!)!);
    } else result.file(key, value);
  }
  // Stored, not deflated: the package is read once, in memory, and compressing it again would only cost time.
  const buffer = await result.generateAsync({ type: 'uint8array', compression: 'STORE' });
  return { buffer, changes, workbook: true };
}
