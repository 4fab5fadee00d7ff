/**
 * The .docx writer (src/documents), read by software we did not write:
 * python's zipfile and its XML parser (expat) parse every part, so a
 * character XML cannot carry, a wrong escape or an unclosed element fails
 * here as it would fail in Word.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { FormalDocument } from '../../src/engine';
import { documentDocx } from '../../src/documents/docx';

const PARSE_ALL = `
import sys, zipfile, json
import xml.etree.ElementTree as ET
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
z = zipfile.ZipFile(sys.argv[1])
for name in z.namelist():
    if name.endswith('.xml') or name.endswith('.rels'):
        ET.fromstring(z.read(name))
body = ET.fromstring(z.read('word/document.xml')).find(W + 'body')
paragraphs = []
for p in body.iter(W + 'p'):
    text = ''
    for el in p.iter():
        if el.tag == W + 't': text += el.text or ''
        elif el.tag == W + 'br': text += '\\n'
        elif el.tag == W + 'tab': text += '\\t'
    paragraphs.append(text)
rows = body.findall('.//' + W + 'tr')
out = {
    'parts': sorted(z.namelist()),
    'paragraphs': paragraphs,
    'rows': len(rows),
    'headerRows': len([r for r in rows if r.find('./' + W + 'trPr/' + W + 'tblHeader') is not None]),
    'core': z.read('docProps/core.xml').decode(),
}
print(json.dumps(out, ensure_ascii=False))
`;

interface Parsed {
  parts: string[];
  paragraphs: string[];
  rows: number;
  headerRows: number;
  core: string;
}

const dir = mkdtempSync(join(tmpdir(), 'docx-'));
let n = 0;
async function parsed(doc: FormalDocument): Promise<Parsed> {
  const file = join(dir, `d${++n}.docx`);
  writeFileSync(file, await documentDocx(doc, 'zh'));
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', PARSE_ALL, file], { encoding: 'utf8' })) as Parsed;
}

const base: FormalDocument = {
  title: '整改进展情况报告',
  subtitle: '（截至2025年7月20日）',
  addressee: '市委巡察办：',
  blocks: [],
  issuer: '巡察整改工作办公室',
  dateText: '2025年7月20日',
};

describe('.docx writer', () => {
  it('keeps text XML cannot carry out, and everything else as typed', async () => {
    const hostile = 'A&B <c> "d" \u0001\u0008\u000B\uFFFE\uD800 end';
    const doc: FormalDocument = {
      ...base,
      title: 'R&D <整改>',
      blocks: [
        { kind: 'heading', text: '一、总体情况' },
        { kind: 'paragraph', text: hostile },
        { kind: 'paragraph', text: '第一行\r\n第二行\n\t缩进' },
        { kind: 'table', table: { headers: ['编号', '问题'], rows: [['P1', hostile]], widths: [1, 4] } },
      ],
    };
    const p = await parsed(doc);
    expect(p.paragraphs).toContain('A&B <c> "d"  end');
    expect(p.paragraphs).toContain('第一行\n第二行\n\t缩进');
    expect(p.paragraphs[0]).toBe('R&D <整改>');
    expect(p.core).toContain('<dc:title>R&amp;D &lt;整改&gt;</dc:title>');
    expect(p.parts).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'docProps/core.xml']),
    );
  });

  it('writes a long table whole, its header row repeated on every page', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [`P${i + 1}`, `问题${i + 1}`, i % 2 ? '已整改' : '整改中']);
    const doc: FormalDocument = {
      ...base,
      blocks: [{ kind: 'table', table: { headers: ['编号', '问题', '状态'], rows, widths: [1, 5, 1] } }],
    };
    const p = await parsed(doc);
    expect(p.rows).toBe(5001);
    expect(p.headerRows).toBe(1);
    expect(p.paragraphs).toContain('问题5000');
    expect(p.paragraphs.slice(-2)).toEqual(['巡察整改工作办公室', '2025年7月20日']);
  });

  it('gives the same bytes for the same document', async () => {
    const doc: FormalDocument = { ...base, blocks: [{ kind: 'paragraph', text: '正文' }] };
    expect(Buffer.compare(await documentDocx(doc, 'zh'), await documentDocx(doc, 'zh'))).toBe(0);
    const other: FormalDocument = { ...base, blocks: [{ kind: 'paragraph', text: '正文。' }] };
    expect(Buffer.compare(await documentDocx(doc, 'zh'), await documentDocx(other, 'zh'))).not.toBe(0);
  });
});
