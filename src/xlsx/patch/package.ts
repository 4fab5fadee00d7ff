/**
 * The parts of a package the patcher edits, found the way a reader finds
 * them: the workbook part from the package relationships, each sheet's part
 * and the styles and shared strings from the workbook's relationships.
 * Entries are edited as text and put back (deflated) only when changed.
 */
import { PatchUnsupported } from './unsupported';
import { type ZipArchive, decodeText } from '../read/zip';
import { type ZipEntry, newEntry, withData } from './zip';
import { attr, elementEnd, escapeXml, findTag, parseAttrs, tagEnd, unescapeXml } from './xml';

export interface SheetRef {
  name: string;
  /** Its part, e.g. 'xl/worksheets/sheet1.xml'. */
  path: string;
  state: string;
}

export class Package {
  private readonly byName = new Map<string, number>();
  private readonly datas = new Map<string, Buffer>();
  private readonly texts = new Map<string, string>();
  private readonly changed = new Set<string>();
  readonly workbookPath: string;
  readonly sheets: SheetRef[] = [];
  readonly stylesPath: string | null = null;
  readonly sharedStringsPath: string | null = null;
  readonly date1904: boolean;

  /**
   * `entries`: the directory as the writer copies it (zip.ts); `archive`: the
   * reader's zip (../read/zip.ts), through which every part edited is inflated,
   * within the reader's limits.
   */
  constructor(
    private readonly entries: ZipEntry[],
    private readonly archive: ZipArchive,
  ) {
    entries.forEach((e, i) => this.byName.set(e.name, i));
    this.workbookPath = officeDocument(this.text('_rels/.rels'));
    const dir = this.workbookPath.slice(0, this.workbookPath.lastIndexOf('/') + 1);
    const rels = relationships(this.text(relsPathOf(this.workbookPath)), dir);
    const wb = this.text(this.workbookPath);
    const pr = findTag(wb, 'workbookPr');
    const d1904 = pr < 0 ? undefined : attr(parseAttrs(wb.slice(pr, tagEnd(wb, pr))), 'date1904');
    this.date1904 = d1904 === '1' || d1904 === 'true';
    for (let at = findTag(wb, 'sheet'); at >= 0; at = findTag(wb, 'sheet', at + 1)) {
      const a = parseAttrs(wb.slice(at, tagEnd(wb, at)));
      const rel = rels.get(a.find(([n]) => n.endsWith(':id'))?.[1] ?? '');
      if (!rel) throw new PatchUnsupported('package: a sheet without its part');
      this.sheets.push({ name: unescapeXml(attr(a, 'name') ?? ''), path: rel.target, state: attr(a, 'state') ?? '' });
    }
    if (this.sheets.length === 0) throw new PatchUnsupported('package: no sheets found in the workbook part');
    for (const rel of rels.values()) {
      if (rel.type.endsWith('/styles')) this.stylesPath = rel.target;
      if (rel.type.endsWith('/sharedStrings')) this.sharedStringsPath = rel.target;
    }
  }

  has(path: string): boolean {
    return this.byName.has(path);
  }

  /** A part's bytes, uncompressed (as edited so far). */
  data(path: string): Buffer {
    const known = this.datas.get(path);
    if (known) return known;
    const inflated = this.byName.has(path) ? this.archive.bytes(path) : null;
    if (!inflated) throw new PatchUnsupported(`package: no part ${path}`);
    const d = Buffer.from(inflated.buffer, inflated.byteOffset, inflated.byteLength);
    this.datas.set(path, d);
    return d;
  }

  /** Sets a part's bytes; bytes equal to the part's leave it as it was (copied, not deflated again). */
  setData(path: string, data: Buffer): void {
    if (this.data(path).equals(data)) return;
    this.datas.set(path, data);
    this.texts.delete(path);
    this.changed.add(path);
  }

  /** A part's text (as edited so far). */
  text(path: string): string {
    const known = this.texts.get(path);
    if (known !== undefined) return known;
    const t = decodeText(this.data(path));
    this.texts.set(path, t);
    return t;
  }

  /** Sets a part's text; a text equal to the part's leaves it as it was. */
  setText(path: string, text: string): void {
    if (this.text(path) === text) return;
    this.setData(path, Buffer.from(text, 'utf8'));
    this.texts.set(path, text);
  }

  sheet(name: string): SheetRef {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new PatchUnsupported(`package: no sheet ${name}`);
    return s;
  }

  /** A relationship from the workbook part to `target`, with the first free id `<prefix>N`; returns the id. */
  private relateFromWorkbook(prefix: string, type: string, target: string): string {
    const relsPath = relsPathOf(this.workbookPath);
    const rels = this.text(relsPath);
    let n = 1;
    while (rels.includes(`Id="${prefix}${n}"`)) n++;
    const id = `${prefix}${n}`;
    const close = rels.lastIndexOf('</Relationships>');
    if (close < 0) throw new PatchUnsupported('package: damaged workbook relationships');
    const rel = `<Relationship Id="${id}" Type="${REL_TYPE}/${type}" Target="${target}"/>`;
    this.setText(relsPath, rels.slice(0, close) + rel + rels.slice(close));
    return id;
  }

  /** The content type of a new part ([Content_Types].xml, an Override). */
  private declareType(path: string, contentType: string): void {
    const types = this.text('[Content_Types].xml');
    const end = types.lastIndexOf('</Types>');
    if (end < 0) throw new PatchUnsupported('package: damaged content types');
    const override = `<Override PartName="/${path}" ContentType="${contentType}"/>`;
    this.setText('[Content_Types].xml', types.slice(0, end) + override + types.slice(end));
  }

  /**
   * Adds the shared strings part to a package that has none: the part, its
   * relationship from the workbook and its content type ([Content_Types].xml).
   */
  addSharedStrings(text: string): void {
    const dir = this.workbookPath.slice(0, this.workbookPath.lastIndexOf('/') + 1);
    const path = `${dir}sharedStrings.xml`;
    if (this.has(path)) throw new PatchUnsupported(`package: ${path} exists but is not related`);
    this.relateFromWorkbook('rIdS', 'sharedStrings', 'sharedStrings.xml');
    this.declareType(path, SST_TYPE);
    const data = Buffer.from(text, 'utf8');
    this.entries.push(newEntry(path, data, this.entries[0]));
    this.byName.set(path, this.entries.length - 1);
    this.datas.set(path, data);
  }

  /**
   * Adds a worksheet: its part, its relationship from the workbook, its
   * content type, and its <sheet> at the end of <sheets> with the next
   * sheetId (ECMA-376 Part 1 §18.2.19: ids are never reused, so one above
   * the highest). The sheets before it keep their positions, so the
   * localSheetId of every sheet-scoped name stays right.
   */
  addSheet(name: string, state: string, data: Buffer): SheetRef {
    const dir = this.workbookPath.slice(0, this.workbookPath.lastIndexOf('/') + 1);
    let n = 1;
    while (this.has(`${dir}worksheets/sheet${n}.xml`)) n++;
    const path = `${dir}worksheets/sheet${n}.xml`;
    const id = this.relateFromWorkbook('rIdW', 'worksheet', `worksheets/sheet${n}.xml`);
    this.declareType(path, SHEET_TYPE);
    const wb = this.text(this.workbookPath);
    let maxId = 0;
    let prefix = 'r';
    for (let at = findTag(wb, 'sheet'); at >= 0; at = findTag(wb, 'sheet', at + 1)) {
      const a = parseAttrs(wb.slice(at, tagEnd(wb, at)));
      maxId = Math.max(maxId, Number(attr(a, 'sheetId') ?? 0));
      const rid = a.find(([x]) => x.endsWith(':id'));
      if (rid) prefix = rid[0].slice(0, -3);
    }
    const sheetsEnd = wb.indexOf('</sheets>');
    if (sheetsEnd < 0) throw new PatchUnsupported('workbook: no </sheets>');
    const sheet = `<sheet name="${escapeXml(name)}" sheetId="${maxId + 1}" state="${state}" ${prefix}:id="${id}"/>`;
    this.setText(this.workbookPath, wb.slice(0, sheetsEnd) + sheet + wb.slice(sheetsEnd));
    // Deflated once, by result(), like every changed part.
    this.entries.push(newEntry(path, Buffer.alloc(0), this.entries[0]));
    this.byName.set(path, this.entries.length - 1);
    this.datas.set(path, data);
    this.changed.add(path);
    const ref = { name, path, state };
    this.sheets.push(ref);
    return ref;
  }

  /**
   * The parts a part relates to with a relationship of `type` (its last path segment: 'table', 'comments',
   * 'vmlDrawing'), as package paths, with the relationship's id; none when the part has no relationships.
   */
  related(part: string, type: string): { id: string; path: string }[] {
    const relsPath = relsPathOf(part);
    if (!this.has(relsPath)) return [];
    const dir = part.slice(0, part.lastIndexOf('/') + 1);
    return [...relationships(this.text(relsPath), dir)]
      .filter(([, rel]) => rel.type.endsWith(`/${type}`))
      .map(([id, rel]) => ({ id, path: rel.target }));
  }

  /** The parts edited, by path. */
  changedParts(): string[] {
    return [...this.changed];
  }

  /** The entries with the edited ones replaced (deflated anew); every other entry as it was. */
  result(): ZipEntry[] {
    return this.entries.map((e) => (this.changed.has(e.name) ? withData(e, this.datas.get(e.name)!) : e));
  }
}

const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const SST_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml';

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target as a package path ('/xl/x.xml' absolute, 'worksheets/sheet1.xml' relative to `dir`). */
function resolvePath(target: string, dir: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : dir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

function relationships(xml: string, dir: string): Map<string, { type: string; target: string }> {
  const out = new Map<string, { type: string; target: string }>();
  for (let at = findTag(xml, 'Relationship'); at >= 0; at = findTag(xml, 'Relationship', at + 1)) {
    const a = parseAttrs(xml.slice(at, tagEnd(xml, at)));
    if (attr(a, 'TargetMode') === 'External') continue;
    out.set(attr(a, 'Id') ?? '', {
      type: attr(a, 'Type') ?? '',
      target: resolvePath(unescapeXml(attr(a, 'Target') ?? ''), dir),
    });
  }
  return out;
}

function officeDocument(xml: string): string {
  for (const rel of relationships(xml, '').values()) if (rel.type.endsWith('/officeDocument')) return rel.target;
  throw new PatchUnsupported('package: no workbook part');
}

/** The element `<name …>…</name>` or `<name/>` in xml: [start, end), or null. */
export function elementRange(xml: string, name: string, from = 0): [number, number] | null {
  const at = findTag(xml, name, from);
  if (at < 0) return null;
  const end = elementEnd(xml, at, name);
  return end < 0 ? null : [at, end];
}
