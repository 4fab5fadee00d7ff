/**
 * What a sheet may cost: the used range is made by the cells that hold
 * something, and a sheet past a limit is refused in seconds with a message
 * naming it, never a stack overflow or an exhausted heap.
 */
import { EngineError, type ReadScope } from '../../../src/engine';
import { READ_LIMITS, readXlsxSnapshot } from '../../../src/xlsx/read';
import { columnLetters } from '../../../src/xlsx/read/address';
import { buildZip, cpuMsSince, minimalXlsx } from './zipBuild';

/** A package of two sheets, Sheet1 and Sheet2, with these rows. */
function twoSheets(rows1: string, rows2: string) {
  const entries = minimalXlsx(rows1);
  const sheet2 = { ...entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')!, name: 'xl/worksheets/sheet2.xml' };
  sheet2.data = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows2}</sheetData></worksheet>`;
  const edit = (name: string, f: (text: string) => string) => {
    const e = entries.find((x) => x.name === name)!;
    e.data = f(e.data as string);
  };
  edit('[Content_Types].xml', (t) =>
    t.replace(
      '</Types>',
      '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
  );
  edit('xl/workbook.xml', (t) => t.replace('</sheets>', '<sheet name="Sheet2" sheetId="2" r:id="rId2"/></sheets>'));
  edit('xl/_rels/workbook.xml.rels', (t) =>
    t.replace(
      '</Relationships>',
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>',
    ),
  );
  return [...entries, sheet2];
}

function refusal(bytes: Uint8Array, limits = READ_LIMITS): string {
  try {
    readXlsxSnapshot(bytes, 'f.xlsx', { limits });
  } catch (e) {
    if (e instanceof EngineError) return `${e.code} ${JSON.stringify(e.params)}`;
    throw e;
  }
  return 'read';
}

describe('bounded sheets', () => {
  it('a lone value at XFD1048576 is refused at once with the rows limit, naming the row', () => {
    const bytes = buildZip(minimalXlsx('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'));
    expect(bytes.length).toBeLessThan(5000);
    const t0 = process.cpuUsage();
    expect(refusal(bytes)).toBe(
      `xlsx.limit.rows {"file":"f.xlsx","sheet":"Sheet1","row":1048576,"limit":${READ_LIMITS.rows}}`,
    );
    expect(cpuMsSince(t0)).toBeLessThan(1000);
  });

  it('a far cell within the limits costs nothing: the used range ends at the last value', () => {
    const far = minimalXlsx(
      '<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576" s="1"/></row>',
    ).map((e) =>
      e.name === 'xl/worksheets/sheet1.xml'
        ? { ...e, data: String(e.data).replace('<sheetData>', '<dimension ref="A1:XFD1048576"/><sheetData>') }
        : e,
    );
    const snap = readXlsxSnapshot(buildZip(far), 'f.xlsx');
    expect(snap.sheets[0].values).toEqual([[1]]);
    const column = readXlsxSnapshot(buildZip(minimalXlsx('<row r="3"><c r="XFD3"><v>2</v></c></row>')), 'f.xlsx');
    expect(column.sheets[0].values.length).toBe(3);
    expect(column.sheets[0].values[2].length).toBe(16384);
    expect(column.sheets[0].values[2][16383]).toBe(2);
  });

  it('a sheet of 1,048,576 rows (a 1 MB file) is refused with the rows limit in seconds, without a stack overflow', () => {
    // Rows without addresses, as some exporters write them: each is the next row.
    const xml = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${'<row><c><v>1</v></c></row>'.repeat(1_048_576)}</sheetData></worksheet>`;
    const entries = minimalXlsx('');
    entries[entries.length - 1] = { ...entries[entries.length - 1], data: xml };
    const bytes = buildZip(entries);
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const t0 = process.cpuUsage();
    expect(refusal(bytes)).toBe(
      `xlsx.limit.rows {"file":"f.xlsx","sheet":"Sheet1","row":${READ_LIMITS.rows + 1},"limit":${READ_LIMITS.rows}}`,
    );
    expect(cpuMsSince(t0)).toBeLessThan(8000);
  }, 20_000);

  it('more cells than a sheet may hold, or a column past the limit, is refused naming that limit', () => {
    const bytes = buildZip(
      minimalXlsx('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row>'),
    );
    expect(refusal(bytes, { ...READ_LIMITS, cells: 2 })).toBe(
      'xlsx.limit.cells {"file":"f.xlsx","sheet":"Sheet1","limit":2}',
    );
    expect(refusal(bytes, { ...READ_LIMITS, columns: 2 })).toBe(
      'xlsx.limit.columns {"file":"f.xlsx","sheet":"Sheet1","column":"C","limit":2}',
    );
  });

  it('cells and rows with content are counted across the workbook: the sheet that passes the limit is named', () => {
    const row = (r: number) => `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}"><v>${r}</v></c></row>`;
    const bytes = buildZip(twoSheets([1, 2, 3].map(row).join(''), [1, 2].map(row).join('')));
    expect(refusal(bytes)).toBe('read');
    // 6 cells in 3 rows on Sheet1, 4 in 2 on Sheet2: either sheet alone is within 8 cells and 4 rows, both are not.
    expect(refusal(bytes, { ...READ_LIMITS, cells: 8 })).toBe(
      'xlsx.limit.cells {"file":"f.xlsx","sheet":"Sheet2","limit":8}',
    );
    expect(refusal(bytes, { ...READ_LIMITS, filledRows: 4 })).toBe(
      'xlsx.limit.filledRows {"file":"f.xlsx","sheet":"Sheet2","row":2,"limit":4}',
    );
    // What a read in part leaves out costs nothing: Sheet2's cells not read, the workbook is within the limits.
    const scope: ReadScope = {
      parts: (sheets) => sheets.map((s) => (s.name === 'Sheet2' ? 'none' : 'whole')),
      prunes: (sheets) => sheets.map(() => false),
      skipColumns: () => [],
    };
    const snap = readXlsxSnapshot(bytes, 'f.xlsx', { limits: { ...READ_LIMITS, cells: 6, filledRows: 3 }, scope });
    expect(snap.sheets.map((s) => [s.name, s.partial ?? 'whole'])).toEqual([
      ['Sheet1', 'whole'],
      ['Sheet2', 'none'],
    ]);
  });

  it('merged ranges cost what the cells read cost: a full-height merge is clipped, overlapping ones past the limit refused', () => {
    const cells =
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c><c r="B2"><f>A2</f><v>3</v></c></row>';
    const merged = (mergeCells: string) =>
      buildZip(
        minimalXlsx('').map((e) =>
          e.name === 'xl/worksheets/sheet1.xml'
            ? {
                ...e,
                data: `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${cells}</sheetData><mergeCells>${mergeCells}</mergeCells></worksheet>`,
              }
            : e,
        ),
      );
    const t0 = process.cpuUsage();
    const one = readXlsxSnapshot(merged('<mergeCell ref="B1:XFD1048576"/>'), 'f.xlsx').sheets[0];
    expect(one.values).toEqual([[1, 2], [3]]);
    expect(one.formulas).toEqual({});
    expect(one.merges).toEqual(['B1:XFD1048576']);
    // 100,000 overlapping merges are clipped to the four cells read: read, quickly.
    const many = Array.from({ length: 100_000 }, (_, i) => `<mergeCell ref="A1:B${i + 2}"/>`).join('');
    expect(readXlsxSnapshot(merged(many), 'f.xlsx').sheets[0].values).toEqual([[1]]);
    // Overlapping merges (each of 20,000 cells its own merge to the sheet's far corner), over 20 million cells in all: refused.
    const rows = Array.from({ length: 10 }, (_, r) => `<row r="${r + 1}">${'<c><v>1</v></c>'.repeat(2000)}</row>`).join(
      '',
    );
    const overlapping = Array.from(
      { length: 20_000 },
      (_, i) => `<mergeCell ref="${columnLetters((i % 2000) + 1)}${Math.floor(i / 2000) + 1}:CXX10"/>`,
    ).join('');
    const hostile = minimalXlsx(rows).map((e) =>
      e.name === 'xl/worksheets/sheet1.xml'
        ? { ...e, data: String(e.data).replace('</sheetData>', `</sheetData><mergeCells>${overlapping}</mergeCells>`) }
        : e,
    );
    expect(refusal(buildZip(hostile))).toBe('xlsx.limit.merges {"file":"f.xlsx","sheet":"Sheet1","limit":20000000}');
    expect(cpuMsSince(t0)).toBeLessThan(5000);
  });

  it('1904 workbooks, serial 60 and times reach the snapshot as 1900-system serials', () => {
    const styles =
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>';
    const make = (date1904: boolean, cells: string) =>
      buildZip([
        ...minimalXlsx(cells).map((e) =>
          e.name === 'xl/workbook.xml' && date1904
            ? { ...e, data: String(e.data).replace('<sheets>', '<workbookPr date1904="1"/><sheets>') }
            : e.name === 'xl/_rels/workbook.xml.rels'
              ? {
                  ...e,
                  data: String(e.data).replace(
                    '</Relationships>',
                    '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
                  ),
                }
              : e,
        ),
        { name: 'xl/styles.xml', data: styles },
      ]);
    const v1900 = readXlsxSnapshot(
      make(
        false,
        '<row r="1"><c r="A1" s="1"><v>60</v></c><c r="B1" s="2"><v>45505.5</v></c><c r="C1"><v>60</v></c></row>',
      ),
      'a',
    );
    expect(v1900.sheets[0].values[0]).toEqual([60, 45505.5, 60]);
    const v1904 = readXlsxSnapshot(
      make(true, '<row r="1"><c r="A1" s="1"><v>44043</v></c><c r="B1"><v>7</v></c></row>'),
      'b',
    );
    // 44043 days after 1904-01-01 is 2024-08-01, serial 45505 in the 1900 system; a plain number is left as it is.
    expect(v1904.sheets[0].values[0]).toEqual([45505, 7]);
  });
});
