#!/usr/bin/env node
/**
 * A ledger as large as the reader's limits admit (src/xlsx/read/limits.ts), for measuring what every command
 * costs there (docs/PERFORMANCE.md, "Memory at the limits"): the demo ledger's rows — real texts, dates, units,
 * measures, clues and reports — at any number of problems, written straight into the package as Excel writes one
 * (shared strings, dates styled as dates), without ExcelJS, which could not hold a workbook this size.
 *
 *   npm run build:cli && node scripts/limit-ledger.js out.xlsx [--problems 60000] [--lang zh|en] [--today 2025-07-20]
 */
const { writeFileSync } = require('fs');
const { Buffer } = require('buffer');
const { resolve } = require('path');
const { Zip, ZipDeflate, strToU8 } = require('fflate');

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const out = args[0];
if (!out || out.startsWith('--')) {
  console.error('usage: node scripts/limit-ledger.js out.xlsx [--problems N] [--lang zh|en] [--today YYYY-MM-DD]');
  process.exit(2);
}
const problems = Number(opt('--problems', '60000'));
const lang = opt('--lang', 'zh');
const today = opt('--today', '2025-07-20');
const { demoPlans, generateDemo } = require(resolve(__dirname, '../dist/node/demo'));

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const letters = (c) => {
  let s = '';
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
/** Whole numbers from 2000-01-01 to 2100 in a column headed like a date are dates (style 1: yyyy-mm-dd). */
const isDateColumn = (header) => /日期|期限|时间|date|deadline|due/i.test(String(header ?? ''));

const strings = new Map();
const stringIndex = (s) => {
  let i = strings.get(s);
  if (i === undefined) strings.set(s, (i = strings.size));
  return i;
};

function cell(ref, v, dated) {
  if (v === null || v === undefined || v === '') return '';
  if (typeof v === 'number') {
    const date = dated && Number.isInteger(v) && v >= 36526 && v < 73051;
    return `<c r="${ref}"${date ? ' s="1"' : ''}><v>${v}</v></c>`;
  }
  if (typeof v === 'boolean') return `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
  if (typeof v === 'object' && 'error' in v) return `<c r="${ref}" t="e"><v>${escape(v.error)}</v></c>`;
  return `<c r="${ref}" t="s"><v>${stringIndex(String(v))}</v></c>`;
}

/** A note on the header's first cell, as init leaves one on every sheet (ECMA-376 Part 1 §18.7; VML: Part 4 §19). */
const NOTE_TEXT = '本列由 rectify 生成的台账规模测量文件写入。';
function commentsXml() {
  return (
    `${XML}<comments xmlns="${MAIN}"><authors><author>limit</author></authors><commentList>` +
    `<comment ref="A1" authorId="0"><text><r><t>${NOTE_TEXT}</t></r></text></comment></commentList></comments>`
  );
}
function vmlXml(i) {
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" ' +
    `xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${i + 1}"/>` +
    '</o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
    '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    `<v:shape id="_x0000_s${(i + 1) * 1024 + 1}" type="#_x0000_t202" style="position:absolute; margin-left:105.3pt;margin-top:10.5pt;width:97.8pt;height:59.1pt;z-index:1;visibility:hidden" ` +
    'fillcolor="infoBackground [80]" strokecolor="none [81]" o:insetmode="auto"><v:fill color2="infoBackground [80]"/>' +
    '<v:shadow color="none [81]" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto">' +
    '<div style="text-align:left"/></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>' +
    '<x:Anchor>1, 6, 0, 14, 3, 2, 4, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>0</x:Row><x:Column>0</x:Column>' +
    '</x:ClientData></v:shape></xml>'
  );
}

/** A table as init makes it (its name, range and header texts from the structure plan, ECMA-376 Part 1 §18.5). */
function tableXml(op, id) {
  const cols = op.headers.map((h, i) => `<tableColumn id="${i + 1}" name="${escape(h)}"/>`).join('');
  return (
    `${XML}<table xmlns="${MAIN}" id="${id}" name="${op.name}" displayName="${op.name}" ref="${op.ref}" totalsRowShown="0">` +
    `<autoFilter ref="${op.ref}"/><tableColumns count="${op.headers.length}">${cols}</tableColumns>` +
    `<tableStyleInfo name="${op.style ?? 'TableStyleMedium2'}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

function sheetXml(values, tables) {
  const head = values[0] ?? [];
  const dated = head.map(isDateColumn);
  const rows = [];
  values.forEach((line, r) => {
    const cells = (line ?? []).map((v, c) => cell(letters(c + 1) + (r + 1), v, dated[c])).join('');
    if (cells) rows.push(`<row r="${r + 1}">${cells}</row>`);
  });
  return (
    `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${rows.join('')}</sheetData>` +
    '<legacyDrawing r:id="rId2"/>' +
    (tables.length
      ? `<tableParts count="${tables.length}">${tables.map((t) => `<tablePart r:id="${t.rel}"/>`).join('')}</tableParts>`
      : '') +
    '</worksheet>'
  );
}

const started = Date.now();
const demo = generateDemo({ problems, lang, today, seed: 1, user: 'limit' });
const sheets = demo.snapshot.sheets;
const tableOps = demoPlans(demo, lang)[1].tables;
const tableParts = [];
const zip = new Zip();
const chunks = [];
zip.ondata = (err, data) => {
  if (err) throw err;
  chunks.push(data);
};
const add = (name, text) => {
  const f = new ZipDeflate(name, { level: 6 });
  zip.add(f);
  f.push(strToU8(text), true);
};
let cells = 0;
let filled = 0;
sheets.forEach((s, i) => {
  for (const line of s.values) {
    const n = (line ?? []).filter((v) => v !== null && v !== undefined && v !== '').length;
    cells += n;
    if (n) filled++;
  }
  const tables = tableOps
    .filter((t) => t.sheet === s.name)
    .map((t, k) => {
      tableParts.push(t);
      return { op: t, id: tableParts.length, rel: `rId${3 + k}` };
    });
  for (const t of tables) add(`xl/tables/table${t.id}.xml`, tableXml(t.op, t.id));
  add(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(s.values, tables));
  add(`xl/comments${i + 1}.xml`, commentsXml());
  add(`xl/drawings/vmlDrawing${i + 1}.vml`, vmlXml(i));
  add(
    `xl/worksheets/_rels/sheet${i + 1}.xml.rels`,
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL}/comments" Target="../comments${i + 1}.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing${i + 1}.vml"/>` +
      tables
        .map((t) => `<Relationship Id="${t.rel}" Type="${REL}/table" Target="../tables/table${t.id}.xml"/>`)
        .join('') +
      '</Relationships>',
  );
});
const sst = [...strings.keys()].map((s) => `<si><t xml:space="preserve">${escape(s)}</t></si>`).join('');
add(
  'xl/sharedStrings.xml',
  `${XML}<sst xmlns="${MAIN}" count="${strings.size}" uniqueCount="${strings.size}">${sst}</sst>`,
);
add(
  'xl/styles.xml',
  `${XML}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>` +
    '<fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
);
const sheetTags = sheets
  .map(
    (s, i) =>
      `<sheet name="${escape(s.name)}" sheetId="${i + 1}"${s.visibility !== 'visible' ? ` state="${s.visibility}"` : ''} r:id="rId${i + 1}"/>`,
  )
  .join('');
add('xl/workbook.xml', `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheetTags}</sheets></workbook>`);
const n = sheets.length;
const wsType = `${REL}/worksheet`;
add(
  'xl/_rels/workbook.xml.rels',
  `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${wsType}" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join('') +
    `<Relationship Id="rId${n + 1}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
    `<Relationship Id="rId${n + 2}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
);
const ct = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
add(
  '[Content_Types].xml',
  `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/>` +
    sheets
      .map(
        (_, i) =>
          `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${ct}.worksheet+xml"/>` +
          `<Override PartName="/xl/comments${i + 1}.xml" ContentType="${ct}.comments+xml"/>`,
      )
      .join('') +
    tableParts
      .map((_, k) => `<Override PartName="/xl/tables/table${k + 1}.xml" ContentType="${ct}.table+xml"/>`)
      .join('') +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${ct}.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="${ct}.styles+xml"/></Types>`,
);
add(
  '_rels/.rels',
  `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
);
zip.end();
writeFileSync(out, Buffer.concat(chunks));
console.log(
  `${out}: ${problems} problems, ${cells} non-empty cells in ${filled} rows, ${sheets.length} sheets, ` +
    `${strings.size} distinct strings (${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
