/**
 * The pieces of a rebuilt sheet outside its cells, on small parts: a width
 * inside a <col> range splits it and the other columns keep theirs; elements
 * go where CT_Worksheet puts them; a pane beside frozen columns; print titles
 * in a workbook without defined names.
 */
import { presentHead, presentTail } from '../../../src/xlsx/patch/present';
import { setPrintNames } from '../../../src/xlsx/patch/printNames';

const op = { name: '统计', create: true };

test('a width inside a column range splits it; the range keeps its style and width elsewhere', () => {
  const head =
    '<worksheet><dimension ref="A1"/><cols><col min="1" max="5" width="20" style="3" customWidth="1"/></cols>';
  const out = presentHead(head, { ...op, widths: { 3: 9, 7: 12 } });
  expect(out).toBe(
    '<worksheet><dimension ref="A1"/><cols>' +
      '<col min="1" max="2" width="20" style="3" customWidth="1"/>' +
      '<col min="3" max="3" width="9.00390625" style="3" customWidth="1"/>' +
      '<col min="4" max="5" width="20" style="3" customWidth="1"/>' +
      '<col width="12" customWidth="1" min="7" max="7"/></cols>',
  );
});

test('tab colour, pane and cols go in schema order; a pane beside frozen columns is topRight', () => {
  const head = '<worksheet><dimension ref="A1"/><sheetFormatPr defaultRowHeight="15"/>';
  const out = presentHead(head, { ...op, tabColor: '#5b9bd5', freeze: { rows: 0, columns: 2 }, widths: { 1: 5 } });
  expect(out).toBe(
    '<worksheet><sheetPr><tabColor rgb="FF5B9BD5"/></sheetPr><dimension ref="A1"/>' +
      '<sheetViews><sheetView workbookViewId="0"><pane xSplit="2" topLeftCell="C1" activePane="topRight" state="frozen"/>' +
      '<selection pane="topRight" activeCell="C1" sqref="C1"/></sheetView></sheetViews>' +
      '<sheetFormatPr defaultRowHeight="15"/><cols><col width="5" customWidth="1" min="1" max="1"/></cols>',
  );
});

test('printing: A4, pages across, header and footer after the margins; protection before them; merges undone', () => {
  const tail = '<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells><pageMargins left="1"/></worksheet>';
  const print = { orientation: 'landscape' as const, pagesWide: 2, footer: { center: '第 &P 页' } };
  expect(presentTail(tail, { ...op, print, protect: { password: '' } }, true)).toBe(
    '<sheetProtection sheet="1" formatColumns="0" formatRows="0" sort="0" autoFilter="0"/><pageMargins left="1"/>' +
      '<pageSetup paperSize="9" orientation="landscape" fitToWidth="2" fitToHeight="0"/>' +
      '<headerFooter><oddFooter>&amp;C第 &amp;P 页</oddFooter></headerFooter></worksheet>',
  );
});

test('print titles and area in a workbook without defined names, then replaced in place', () => {
  const wb = '<workbook><sheets><sheet name="a" sheetId="1" r:id="rId1"/></sheets><calcPr/></workbook>';
  const once = setPrintNames(wb, "O'Brien", 0, {
    orientation: 'portrait',
    pagesWide: 1,
    titleRows: { first: 1, last: 3 },
    area: 'A1:L20',
  });
  expect(once).toBe(
    '<workbook><sheets><sheet name="a" sheetId="1" r:id="rId1"/></sheets><definedNames>' +
      '<definedName name="_xlnm.Print_Area" localSheetId="0">\'O\'\'Brien\'!$A$1:$L$20</definedName>' +
      '<definedName name="_xlnm.Print_Titles" localSheetId="0">\'O\'\'Brien\'!$1:$3</definedName>' +
      '</definedNames><calcPr/></workbook>',
  );
  const again = setPrintNames(once, "O'Brien", 0, {
    orientation: 'portrait',
    pagesWide: 1,
    titleRows: { first: 1, last: 2 },
  });
  expect(again).toContain('!$1:$2</definedName></definedNames>');
  expect(again.match(/Print_Titles/g)).toHaveLength(1);
});
