/**
 * The .docx letter, opened by software we did not write: the XML inside the
 * zip, and LibreOffice converting it to PDF (pdftotext reads it back).
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, writeFileSync, readFileSync, existsSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { WorkCalendar, buildLetters } from '../../../src/engine';
import { letterDocx } from '../../../src/documents/docx';
import { TODAY, ledgerOf, smallSnapshot } from '../../engine/ledger/fixture';

function documentXml(file: string): string {
  // The zip's word/document.xml, read with python's zipfile (no unzip binary needed).
  return execFileSync(
    '/usr/bin/python3',
    ['-c', 'import sys,zipfile;print(zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode())', file],
    {
      encoding: 'utf8',
    },
  );
}

describe('reminder letter .docx', () => {
  const dir = mkdtempSync(join(tmpdir(), 'letter-'));
  const data = ledgerOf(smallSnapshot(), { today: TODAY });
  const [letter] = buildLetters(data, { calendar: new WorkCalendar(), issuer: '市住建局巡察整改办' });
  const file = join(dir, 'letter.docx');

  beforeAll(async () => {
    writeFileSync(file, await letterDocx(letter, 'zh'));
  });

  it('is a Word document whose text is the letter', () => {
    const xml = documentXml(file);
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('巡察整改提醒督办函');
    expect(text).toContain('办公室：');
    expect(text).toContain('会议多文件多');
    expect(text).toContain('已逾期20天');
    expect(text).toContain('请于2025年7月7日前');
    expect(xml).toContain('<w:tbl>');
    expect((xml.match(/<w:tr[ >]/g) ?? []).length).toBe(1 + letter.rows.length);
  });

  it('converts to PDF in LibreOffice and reads right', () => {
    execFileSync(
      'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${dir}/lo`,
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        file,
      ],
      {
        stdio: 'ignore',
        timeout: 120000,
      },
    );
    const pdf = join(dir, 'letter.pdf');
    if (process.env.LETTER_PNG)
      execFileSync('pdftoppm', ['-png', '-r', '96', '-f', '1', '-l', '1', '-singlefile', pdf, process.env.LETTER_PNG]);
    expect(existsSync(pdf)).toBe(true);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain('巡察整改提醒督办函');
    expect(flat).toContain('（第3次督办）');
    expect(flat).toContain('有3项已超过整改期限、1项即将到期'); // P1, P1-1 and P4 (已销号 typed, its measure open)
    expect(flat).toContain('P1-1');
    expect(flat).toContain('2025-06-10');
    expect(flat).toContain('市住建局巡察整改办');
    expect(flat).toContain('2025年6月30日');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
