/**
 * A holiday notice file as plain text, for `rectify calendar notice`
 * (docs/DEADLINES.md, "A new year's calendar from the notice"). The notice
 * arrives as the user saved it: text copied into a .txt file (UTF-8 with or
 * without a byte-order mark, UTF-16 with one, or GBK/GB18030 as Notepad on a
 * Chinese Windows saves it — decoded by src/xlsx/csv.ts, which reads CSV
 * files the same way), a web page saved from gov.cn or a news site (.html),
 * a Word document (.docx), or pasted on standard input (`-`).
 *
 * The file's bytes decide what it is, not its name: a zip is read as a
 * .docx, an old Word or WPS file, a PDF or other binary bytes are refused
 * with a sentence saying what to do; among text, a name ending .htm(l) or a
 * text that starts like a page is read as HTML.
 *
 * The input is untrusted, so what is read is bounded (5 MB of file, 20 MB of
 * document.xml once unpacked), nothing in it is ever evaluated (scripts and
 * styles are dropped unread), and the markup is taken apart by simple linear
 * scans, never by a pattern that could backtrack.
 */
import { readFileSync, statSync } from 'fs';
import { extname } from 'path';
import type JSZip from 'jszip';
import { decodeCsv } from '../xlsx/csv';
import { type CliContext, CliError } from './context';

export const MAX_NOTICE_MB = 5;
export const MAX_DOCX_TEXT_MB = 20;
const MB = 1024 * 1024;

export type NoticeFormat = 'text' | 'html' | 'docx';

export interface NoticeText {
  text: string;
  format: NoticeFormat;
}

/** Reads FILE (or standard input for `-`) into the notice's plain text; a CliError (exit 2) when it cannot. */
export async function readNoticeText(
  file: string,
  ctx: CliContext,
  stdin: NodeJS.ReadableStream & { isTTY?: boolean } = process.stdin,
): Promise<NoticeText> {
  if (file === '-') {
    if (stdin.isTTY) ctx.io.err(ctx.msg('cli.calendar.stdinHint') + '\n');
    const buf = await readBounded(stdin, MAX_NOTICE_MB * MB);
    const name = ctx.msg('cli.notice.stdin');
    if (!buf) throw new CliError(ctx.msg('cli.notice.tooBig', { file: name, mb: MAX_NOTICE_MB }));
    return noticeFromBytes(buf, name, '', ctx);
  }
  return noticeFromBytes(readNoticeFile(file, ctx), file, extname(file).toLowerCase(), ctx);
}

function readNoticeFile(file: string, ctx: CliContext): Buffer {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new CliError(ctx.msg('cli.notice.isDirectory', { file }));
    size = st.size;
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(ctx.msg('xlsx.notFound', { file }));
  }
  if (size > MAX_NOTICE_MB * MB) throw new CliError(ctx.msg('cli.notice.tooBig', { file, mb: MAX_NOTICE_MB }));
  try {
    return readFileSync(file);
  } catch (e) {
    throw new CliError(ctx.msg('xlsx.readDenied', { file, code: (e as NodeJS.ErrnoException).code ?? '?' }));
  }
}

/** A stream's bytes, or null as soon as they pass `limit` (the rest is not read). */
async function readBounded(stream: NodeJS.ReadableStream, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    size += b.length;
    if (size > limit) return null;
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

const startsWith = (buf: Buffer, bytes: number[]) => bytes.every((b, i) => buf[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46]; // %PDF
const RTF = [0x7b, 0x5c, 0x72, 0x74, 0x66]; // {\rtf
const HTML_NAMES = new Set(['.html', '.htm', '.xhtml', '.shtml', '.mht', '.mhtml']);

/** The notice's text from the bytes of a file named `name` (its extension `ext`, '' for standard input). */
export async function noticeFromBytes(buf: Buffer, name: string, ext: string, ctx: CliContext): Promise<NoticeText> {
  if (startsWith(buf, ZIP)) return { text: await docxText(buf, name, ctx), format: 'docx' };
  if (startsWith(buf, OLE2)) throw new CliError(ctx.msg('cli.notice.oldWord', { file: name }));
  if (startsWith(buf, PDF)) throw new CliError(ctx.msg('cli.notice.pdf', { file: name }));
  if (startsWith(buf, RTF) || looksBinary(buf)) throw new CliError(ctx.msg('cli.notice.binary', { file: name }));
  if (HTML_NAMES.has(ext) || looksLikeHtml(buf)) return { text: htmlToText(decodeHtml(buf)), format: 'html' };
  return { text: decodeCsv(buf).text, format: 'text' };
}

/** NUL bytes in the first 8 KB of a file without a UTF-16 byte-order mark: not text. */
function looksBinary(buf: Buffer): boolean {
  if (startsWith(buf, [0xff, 0xfe]) || startsWith(buf, [0xfe, 0xff])) return false;
  return buf.subarray(0, 8192).includes(0);
}

/** A text starting like a web page: `<!doctype html`, `<html`, or a first tag that is a page's. */
function looksLikeHtml(buf: Buffer): boolean {
  const head = decodeCsv(buf.subarray(0, 1024)).text.trimStart().slice(0, 512).toLowerCase();
  if (!head.startsWith('<')) return false;
  return ['<!doctype html', '<html', '<head', '<body', '<meta', '<div', '<p>', '<p ', '<table', '<!--'].some((t) =>
    head.startsWith(t),
  );
}

// ---- HTML

/**
 * The page's bytes as text: a byte-order mark first; else UTF-8 when the bytes are valid UTF-8, whatever the page
 * claims (a page saved again by a browser keeps its old <meta>; Chinese text in GBK practically never is valid
 * UTF-8); else the charset its <meta> declares, GBK and GB2312 read as their superset GB18030, as are pages that
 * declare none or a wrong UTF-8.
 */
export function decodeHtml(buf: Buffer): string {
  const decoded = decodeCsv(buf);
  if (decoded.encoding !== 'gb18030') return decoded.text;
  const label = metaCharset(buf.subarray(0, 4096).toString('latin1'));
  if (!label || GB_LABELS.has(label) || label === 'utf-8' || label === 'utf8') return decoded.text;
  try {
    return new TextDecoder(label).decode(buf);
  } catch {
    return decoded.text; // a label TextDecoder does not know
  }
}

const GB_LABELS = new Set(['gbk', 'gb2312', 'gb18030', 'x-gbk', 'cp936', 'euc-cn', 'csgb2312', 'chinese']);

/** The charset a page declares (`<meta charset="gbk">`, `content="text/html; charset=gb2312"`), lower-cased. */
function metaCharset(head: string): string | null {
  const lower = head.toLowerCase();
  for (let at = lower.indexOf('<meta'); at >= 0; at = lower.indexOf('<meta', at + 5)) {
    const end = lower.indexOf('>', at);
    const tag = lower.slice(at, end < 0 ? lower.length : end);
    const c = tag.indexOf('charset');
    if (c < 0) continue;
    let i = c + 7;
    while (i < tag.length && (tag[i] === ' ' || tag[i] === '=' || tag[i] === '"' || tag[i] === "'")) i++;
    let j = i;
    while (j < tag.length && /[a-z0-9_.:-]/.test(tag[j])) j++;
    if (j > i) return tag.slice(i, j);
  }
  return null;
}

/** Elements whose content is never text of the page: dropped unread, up to their closing tag. */
const SKIPPED = new Set(['script', 'style', 'title', 'noscript', 'template', 'textarea', 'svg', 'math', 'iframe']);
/** Elements that start or end a line. */
const BLOCKS = new Set(
  (
    'br p div li tr h1 h2 h3 h4 h5 h6 table thead tbody tfoot ul ol dl dt dd section article header footer nav ' +
    'aside main blockquote pre hr form fieldset figure figcaption address center caption option'
  ).split(' '),
);

/** A page's visible text, one line per block (paragraph, line break, list item, table row). */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let pre = 0;
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    const text = html.slice(i, lt < 0 ? n : lt);
    if (text) out.push(decodeEntities(pre > 0 ? text : collapseSpaces(text)));
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    const tag = readTag(html, lt);
    if (!tag) {
      out.push('<');
      i = lt + 1;
      continue;
    }
    i = tag.end;
    if (!tag.closing && !tag.selfClosing && SKIPPED.has(tag.name)) {
      i = afterClosingTag(html, i, tag.name);
      continue;
    }
    if (tag.name === 'pre') pre = Math.max(0, pre + (tag.closing ? -1 : 1));
    if (BLOCKS.has(tag.name)) out.push('\n');
    else if (!tag.closing && (tag.name === 'td' || tag.name === 'th')) out.push('\t');
  }
  return tidyLines(out.join(''));
}

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  /** Just past the tag's `>`. */
  end: number;
}

/** The tag at `lt` (`<name …>`, `</name>`, `<!…>`, `<?…>`); null when `<` starts no tag. */
function readTag(html: string, lt: number): Tag | null {
  const n = html.length;
  let j = lt + 1;
  if (html[j] === '!' || html[j] === '?') {
    const end = html.indexOf('>', j);
    return { name: '!', closing: false, selfClosing: true, end: end < 0 ? n : end + 1 };
  }
  const closing = html[j] === '/';
  if (closing) j++;
  const start = j;
  while (j < n && isNameChar(html.charCodeAt(j))) j++;
  if (j === start) return null;
  const name = html.slice(start, j).toLowerCase();
  let quote = '';
  while (j < n) {
    const c = html[j];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') break;
    j++;
  }
  return { name, closing, selfClosing: html[j - 1] === '/', end: Math.min(n, j + 1) };
}

function isNameChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x3a || c === 0x2d;
}

/** Just past `</name…>` from `from` on (case-insensitive); the end of the text when it is never closed. */
function afterClosingTag(html: string, from: number, name: string): number {
  for (let at = html.indexOf('</', from); at >= 0; at = html.indexOf('</', at + 2)) {
    const after = html.charCodeAt(at + 2 + name.length);
    if (html.slice(at + 2, at + 2 + name.length).toLowerCase() === name && !isNameChar(after)) {
      const end = html.indexOf('>', at);
      return end < 0 ? html.length : end + 1;
    }
  }
  return html.length;
}

/** HTML's white space rule outside <pre>: any run of spaces, tabs and line breaks is one space (one character class, no backtracking). */
function collapseSpaces(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ');
}

/** Named character references of Chinese pages (and the XML five); anything else is kept as written. */
const ENTITIES: Record<string, string> = {
  nbsp: '\u00a0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  zwsp: '\u200b',
  zwnj: '\u200c',
  zwj: '\u200d',
  shy: '\u00ad',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  lsaquo: '‹',
  rsaquo: '›',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  minus: '−',
  middot: '·',
  bull: '•',
  times: '×',
  divide: '÷',
  plusmn: '±',
  deg: '°',
  permil: '‰',
  percnt: '%',
  sect: '§',
  para: '¶',
  copy: '©',
  reg: '®',
  trade: '™',
  yen: '¥',
  cny: '¥',
  rmb: '¥',
  cent: '¢',
  pound: '£',
  euro: '€',
  larr: '←',
  rarr: '→',
  uarr: '↑',
  darr: '↓',
  harr: '↔',
  le: '≤',
  ge: '≥',
  ne: '≠',
  asymp: '≈',
  infin: '∞',
  prime: '′',
  Prime: '″',
  dagger: '†',
  Dagger: '‡',
  loz: '◊',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  sup1: '¹',
  sup2: '²',
  sup3: '³',
  iexcl: '¡',
  iquest: '¿',
  acute: '´',
  uml: '¨',
  macr: '¯',
  cedil: '¸',
  ordf: 'ª',
  ordm: 'º',
  not: '¬',
  brvbar: '¦',
  curren: '¤',
  micro: 'µ',
};
/** Written without their `;` by old pages, and still read so by browsers. */
const LEGACY = new Set(['nbsp', 'amp', 'lt', 'gt', 'quot', 'copy', 'reg']);

/** `&name;`, `&#NNN;` and `&#xHH;` decoded (a reference that means nothing is kept as written). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  const out: string[] = [];
  let copied = 0;
  for (let amp = text.indexOf('&'); amp >= 0;) {
    let j = amp + 1;
    while (j < text.length && j - amp <= 32 && isReferenceChar(text.charCodeAt(j))) j++;
    const semi = text[j] === ';';
    const char = j > amp + 1 ? referenceChar(text.slice(amp + 1, j), semi) : null;
    if (char !== null) {
      out.push(text.slice(copied, amp), char);
      copied = j + (semi ? 1 : 0);
    }
    amp = text.indexOf('&', Math.max(amp + 1, copied));
  }
  out.push(text.slice(copied));
  return out.join('');
}

/** # and ASCII letters and digits. */
function isReferenceChar(c: number): boolean {
  return c === 0x23 || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function referenceChar(body: string, semi: boolean): string | null {
  if (body.startsWith('#')) {
    const hex = body[1] === 'x' || body[1] === 'X';
    const digits = body.slice(hex ? 2 : 1);
    if (!digits || !(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits) || digits.length > 8) return null;
    const cp = parseInt(digits, hex ? 16 : 10);
    if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
    return String.fromCodePoint(cp);
  }
  if (!Object.prototype.hasOwnProperty.call(ENTITIES, body)) return null;
  return semi || LEGACY.has(body) ? ENTITIES[body] : null;
}

/** Each line trimmed (no-break and ideographic spaces too), empty lines dropped. */
function tidyLines(text: string): string {
  const lines: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\u00a0/g, ' ').trim();
    if (line) lines.push(line);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

// ---- .docx

/** The text of a .docx's main document: one line per paragraph. */
async function docxText(buf: Buffer, name: string, ctx: CliContext): Promise<string> {
  let zip: JSZip;
  try {
    // Loaded when a .docx is read, not with every command.
    const { default: Zip } = await import('jszip');
    zip = await Zip.loadAsync(buf);
  } catch {
    throw new CliError(ctx.msg('cli.notice.docxBroken', { file: name }));
  }
  const entry = zip.file('word/document.xml');
  if (!entry) throw new CliError(ctx.msg('cli.notice.notWord', { file: name }));
  let bytes: Buffer | null;
  try {
    bytes = await inflateBounded(entry, MAX_DOCX_TEXT_MB * MB);
  } catch {
    throw new CliError(ctx.msg('cli.notice.docxBroken', { file: name }));
  }
  if (!bytes) throw new CliError(ctx.msg('cli.notice.docxTooBig', { file: name, mb: MAX_DOCX_TEXT_MB }));
  return docxXmlToText(new TextDecoder('utf-8').decode(bytes));
}

/**
 * An entry's bytes, unpacked as a stream and given up (null) as soon as they pass `limit`: the stream is paused,
 * and JSZip stops unpacking once the paused stream's buffer is full.
 */
function inflateBounded(entry: JSZip.JSZipObject, limit: number): Promise<Buffer | null> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const stream = entry.nodeStream('nodebuffer');
    const finish = (value: Buffer | null, error?: unknown) => {
      if (done) return;
      done = true;
      if (error) reject(error);
      else resolvePromise(value);
    };
    stream.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      stream.pause();
      stream.removeAllListeners('data');
      finish(null);
    });
    stream.on('error', (e: unknown) => finish(null, e ?? new Error('unreadable')));
    stream.on('end', () => finish(Buffer.concat(chunks)));
  });
}

/**
 * WordprocessingML's text: the content of <w:t>, a line break at each </w:p>,
 * <w:br/> and <w:cr/>, a tab for a <w:tab/> in a run (not the tab stops of a
 * paragraph's <w:tabs>). Deleted (<w:delText>) and moved-away
 * (<w:moveFrom>) text, field codes and footnotes are not part of it.
 */
export function docxXmlToText(xml: string): string {
  const out: string[] = [];
  let inText = false;
  let tabStops = 0;
  let movedAway = 0;
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (inText && movedAway === 0) out.push(decodeEntities(xml.slice(i, lt < 0 ? n : lt)));
    if (lt < 0) break;
    const tag = readTag(xml, lt);
    if (!tag) {
      i = lt + 1;
      continue;
    }
    i = tag.end;
    const name = tag.name;
    if (name === 'w:t') inText = !tag.closing && !tag.selfClosing;
    else if (name === 'w:tabs') tabStops = Math.max(0, tabStops + (tag.closing ? -1 : tag.selfClosing ? 0 : 1));
    else if (name === 'w:movefrom') movedAway = Math.max(0, movedAway + (tag.closing ? -1 : tag.selfClosing ? 0 : 1));
    else if (movedAway > 0) continue;
    else if (name === 'w:p' && (tag.closing || tag.selfClosing)) out.push('\n');
    else if ((name === 'w:br' || name === 'w:cr') && !tag.closing) out.push('\n');
    else if (name === 'w:tab' && !tag.closing && tabStops === 0) out.push('\t');
  }
  return tidyLines(out.join(''));
}
