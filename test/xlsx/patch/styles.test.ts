/**
 * styles.xml edits for patched cells: a derived style (format, alignment,
 * font…) reuses an identical <xf>, a conditional format's <dxf> is added once
 * and read back by ExcelJS as the fill and font the rule shows.
 */
import { Styles, dxfOfFill } from '../../../src/xlsx/patch/styles';

const STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<tableStyles count="0"/></styleSheet>';

describe('patched styles', () => {
  it('adds a dxf once, in a new <dxfs> before <tableStyles>, and reuses it', () => {
    const styles = new Styles(STYLES);
    const red = dxfOfFill({ background: '#FFC7CE', font: '#9C0006' });
    expect(styles.addDxf(red)).toBe(0);
    expect(styles.addDxf(dxfOfFill({ background: '#C6EFCE', font: '#006100' }))).toBe(1);
    expect(styles.addDxf(red)).toBe(0);
    const xml = styles.text();
    expect(xml).toContain('</cellStyles><dxfs count="2"><dxf><font><color rgb="FF9C0006"/>');
    expect(xml.indexOf('<dxfs')).toBeLessThan(xml.indexOf('<tableStyles'));
    // A second Styles over the result finds the same dxf.
    expect(new Styles(xml).addDxf(red)).toBe(0);
  });

  it('derives a wrapped, top-aligned style with a format, reusing it, and adds a font once', () => {
    const styles = new Styles(STYLES);
    const wrap = { alignment: { wrapText: '1', vertical: 'top' } };
    const a = styles.derive(0, wrap);
    expect(a).toBe(1);
    expect(styles.derive(0, wrap)).toBe(1);
    const dated = styles.derive(a, { format: 'yyyy-mm-dd' });
    expect(styles.formatOf(dated)).toBe('yyyy-mm-dd');
    const bold = '<font><b/><sz val="11"/><name val="Calibri"/></font>';
    const b1 = styles.derive(0, { font: bold });
    expect(styles.derive(a, { font: bold })).not.toBe(b1);
    const xml = styles.text();
    expect(xml).toContain('<fonts count="2">');
    expect(xml).toContain(
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>',
    );
    expect(xml).toContain('<cellXfs count="5">');
  });
});
