/**
 * Import sources by content (src/xlsx/source.ts): CSV in every encoding
 * Chinese offices save it in, .xls read by our own BIFF8 reader and compared
 * with xlrd, and the files that are not workbooks at all, each with its own
 * message — a password-protected workbook is never called an .xls.
 *
 * @timezone runs the command line without --today: its today is the machine's local date
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import JSZip from 'jszip';
import * as XLSX from 'xlsx';
import { EngineError } from '../../src/engine';
import { loadWorkbookFile, readSourceSnapshot, sniff } from '../../src/xlsx';
import { csvValue, decodeCsv, parseCsv } from '../../src/xlsx/csv';
import { dumpMany, rectify } from '../files/corpus';

const dir = mkdtempSync(join(tmpdir(), 'rl-sources-'));
const file = (name: string) => join(dir, name);

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return e instanceof EngineError ? e.code : `other: ${(e as Error).message}`;
  }
}

const CSV_TEXT =
  '问题编号,问题描述,整改期限,金额\r\nP-001,"含逗号，和""引号""的描述, 以及\n换行",2024-08-01,35\r\n001,身份证号 110101199003071234,2024/8/1,12.5\r\n';

/** Bytes in an encoding Node cannot write itself (GBK), made by Python. */
function encode(text: string, encoding: string): Buffer {
  return execFileSync(
    '/usr/bin/python3',
    ['-c', `import sys; sys.stdout.buffer.write(sys.stdin.read().encode('${encoding}'))`],
    {
      input: text,
    },
  );
}

describe('CSV', () => {
  test.each([
    ['UTF-8', () => Buffer.from(CSV_TEXT, 'utf8'), 'utf-8'],
    [
      'UTF-8 with a byte-order mark',
      () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV_TEXT)]),
      'utf-8',
    ],
    ['GBK (Excel and WPS on Chinese Windows)', () => encode(CSV_TEXT, 'gbk'), 'gb18030'],
    ['GB18030', () => encode(CSV_TEXT, 'gb18030'), 'gb18030'],
    ['UTF-16 (Excel\'s "Unicode text")', () => encode(CSV_TEXT, 'utf-16'), 'utf-16le'],
  ])('%s: every row and value', async (_name, bytes, encoding) => {
    const f = file(`source-${encoding}-${Math.random().toString(36).slice(2)}.csv`);
    writeFileSync(f, bytes());
    const r = await readSourceSnapshot(f);
    expect(r.format).toBe('csv');
    expect(r.encoding).toBe(encoding);
    expect(r.snapshot.sheets[0].values).toEqual([
      ['问题编号', '问题描述', '整改期限', '金额'],
      ['P-001', '含逗号，和"引号"的描述, 以及\n换行', '2024-08-01', 35],
      ['001', '身份证号 110101199003071234', '2024/8/1', 12.5],
    ]);
  });

  test('tab-separated text and semicolons are read with their own separator', () => {
    expect(parseCsv('a\tb\tc\n1\t2\t3')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
    expect(parseCsv('a;b\n1;2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  test('numbers as Excel reads them: leading zeros and ID numbers stay text', () => {
    expect([csvValue('35'), csvValue('-2.5'), csvValue('001'), csvValue('110101199003071234'), csvValue('')]).toEqual([
      35,
      -2.5,
      '001',
      '110101199003071234',
      null,
    ]);
  });

  test('Node decodes GB18030 itself (full ICU): no library is needed', () => {
    expect(decodeCsv(encode('整改台账', 'gbk'))).toEqual({ text: '整改台账', encoding: 'gb18030' });
  });
});

describe('.xls (BIFF8)', () => {
  test('values, dates, booleans, errors, merges and hidden sheets, as xlrd reads them', async () => {
    // Date cells as serials with a date format: SheetJS turns a JS Date into a serial through the machine's local
    // time, off by seconds or hours in some zones (Asia/Shanghai's 1900 offset is +8:05:43).
    const day = (serial: number) => ({ t: 'n', v: serial, z: 'yyyy-mm-dd' });
    const ws = XLSX.utils.aoa_to_sheet([
      ['问题编号', '问题描述', '整改期限', '完成', '金额'],
      ['P-1', '应收账款存在回收风险', day(45505), true, 12.5], // 2024-08-01
      ['P-2', 'x'.repeat(300) + '中文长文本', day(45688), false, -3], // 2025-01-31
      ['合并标题', null, null, null, 1e10],
    ]);
    ws['!merges'] = [XLSX.utils.decode_range('A4:C4')];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '台账');
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['隐藏']]), '隐藏表');
    wb.Workbook = { Sheets: [{}, { Hidden: 1 }] };
    const f = file('sheetjs.xls');
    XLSX.writeFile(wb, f, { bookType: 'xls', cellDates: true });
    const r = await readSourceSnapshot(f);
    expect(r.format).toBe('xls');
    const [sheet, hidden] = r.snapshot.sheets;
    expect(hidden.visibility).toBe('hidden');
    expect(sheet.merges).toEqual(['A4:C4']);
    // The independent reading: xlrd, through test/files/dump_cells.py.
    const xlrd = (await dumpMany([f]))[f].sheets['台账'].cells;
    const ours: [number, number, string][] = [];
    sheet.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const text = typeof v === 'boolean' ? (v ? 'True' : 'False') : String(v);
        ours.push([r + 1, c + 1, text]);
      }),
    );
    // Dates are serial numbers in the snapshot (as on .xlsx): compare them as xlrd's dates.
    const asDate = (s: number) => new Date((s - 25569) * 86_400_000).toISOString().slice(0, 10);
    const dated = ours.map(([r, c, v]) => [r, c, c === 3 && r > 1 ? asDate(Number(v)) : v] as [number, number, string]);
    expect(dated).toEqual(xlrd);
  });

  test('a .xlsx named .xls, and an .xls named .xlsx, are read as what they are', async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['问题编号'], ['P-1']]), 'S');
    const xlsxNamedXls = file('really-xlsx.xls');
    writeFileSync(xlsxNamedXls, XLSX.write(wb, { bookType: 'xlsx', type: 'buffer' }));
    const xlsNamedXlsx = file('really-xls.xlsx');
    writeFileSync(xlsNamedXlsx, XLSX.write(wb, { bookType: 'xls', type: 'buffer' }));
    expect((await readSourceSnapshot(xlsxNamedXls)).format).toBe('xlsx');
    expect((await readSourceSnapshot(xlsNamedXlsx)).format).toBe('xls');
    expect((await readSourceSnapshot(xlsNamedXlsx)).snapshot.sheets[0].values).toEqual([['问题编号'], ['P-1']]);
    // A ledger command on the .xls says to save it as .xlsx, whatever its name.
    expect(await codeOf(loadWorkbookFile(xlsNamedXlsx))).toBe('xlsx.isXls');
  });
});

/** An OLE container with the streams a password-protected .xlsx has (built with SheetJS's CFB writer). */
function encryptedPackage(): Buffer {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, 'EncryptionInfo', Buffer.alloc(256, 1));
  XLSX.CFB.utils.cfb_add(cfb, 'EncryptedPackage', Buffer.alloc(8192, 7));
  return Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer' }) as Uint8Array);
}

/** An .xls whose Workbook stream says it is encrypted (a FILEPASS record after the first BOF). */
function encryptedXls(): Buffer {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['x']]), 'S');
  const cfb = XLSX.CFB.read(XLSX.write(wb, { bookType: 'xls', type: 'buffer' }), { type: 'buffer' });
  const entry = XLSX.CFB.find(cfb, 'Workbook')!;
  const stream = Buffer.from(entry.content as Uint8Array);
  const bofLength = 4 + stream.readUInt16LE(2);
  const filepass = Buffer.from([0x2f, 0x00, 0x06, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00]);
  entry.content = Buffer.concat([stream.subarray(0, bofLength), filepass, stream.subarray(bofLength)]);
  return Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer' }) as Uint8Array);
}

describe('what is not a workbook says what it is', () => {
  test.each([
    ['password.xlsx', encryptedPackage, 'encrypted', 'xlsx.encrypted', 'xlsx.encrypted'],
    ['password.xls', encryptedXls, 'xls', 'xlsx.isXls', 'xlsx.encrypted'],
    [
      'export.xls',
      () => Buffer.from('<html><body><table><tr><td>问题</td></tr></table></body></html>'),
      'webPage',
      'xlsx.isWebPage',
      'xlsx.isWebPage',
    ],
    [
      'xml2003.xls',
      () =>
        Buffer.from(
          '<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>',
        ),
      'webPage',
      'xlsx.isWebPage',
      'xlsx.isWebPage',
    ],
    ['empty.xlsx', () => Buffer.alloc(0), 'empty', 'xlsx.empty', 'xlsx.empty'],
    [
      'photo.xlsx',
      () => Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0]),
      'binary',
      'xlsx.notXlsx',
      'xlsx.notXlsx',
    ],
  ])('%s', async (name, bytes, kind, forLedger, forImport) => {
    const f = file(name);
    writeFileSync(f, bytes());
    expect(sniff(bytes())).toBe(kind);
    expect(await codeOf(loadWorkbookFile(f))).toBe(forLedger);
    expect(await codeOf(readSourceSnapshot(f))).toBe(forImport);
  });

  test('an OpenDocument spreadsheet and a Word document', async () => {
    const ods = new JSZip();
    ods.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet', { compression: 'STORE' });
    ods.file('content.xml', '<office:document-content/>');
    writeFileSync(file('a.ods'), await ods.generateAsync({ type: 'nodebuffer' }));
    expect(await codeOf(readSourceSnapshot(file('a.ods')))).toBe('xlsx.isOds');
    const docx = new JSZip();
    docx.file('word/document.xml', '<w:document/>');
    writeFileSync(file('letter.xlsx'), await docx.generateAsync({ type: 'nodebuffer' }));
    expect(await codeOf(loadWorkbookFile(file('letter.xlsx')))).toBe('xlsx.notXlsx');
  });

  test('the password message and the .xls message differ, and neither is library text, in both languages', async () => {
    writeFileSync(file('p.xlsx'), encryptedPackage());
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['x']]), 'S');
    writeFileSync(file('old.xls'), XLSX.write(wb, { bookType: 'xls', type: 'buffer' }));
    const p = await rectify('check', file('p.xlsx'));
    const x = await rectify('check', file('old.xls'));
    const pEn = await rectify('check', file('p.xlsx'), '--lang', 'en');
    expect(p.err).toContain('设有打开密码');
    expect(p.err).not.toContain('.xls）');
    expect(x.err).toContain('旧版 Excel 97-2003 工作簿（.xls）');
    expect(x.err).not.toContain('密码');
    expect(pEn.err).toContain('protected by a password to open');
    for (const r of [p, x, pEn]) {
      expect(r.code).toBe(2);
      expect(r.err).not.toMatch(/Cannot|undefined|Error|zip|\n\s+at /);
    }
  });
});
