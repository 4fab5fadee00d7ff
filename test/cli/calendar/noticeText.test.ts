/**
 * Reading a notice file into text (src/cli/noticeText.ts), piece by piece:
 * HTML's tags, white space, character references and declared charsets;
 * WordprocessingML's runs, tabs and breaks (and what is not text: tab stops,
 * deleted and moved-away runs); the bounds on what is read; and inputs made
 * to be slow to take apart, which a linear scan takes in its stride.
 *
 * @timezone dates, deadlines and calendars: what they compute must not move with the machine's zone
 */
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import JSZip from 'jszip';
import { decodeEntities, decodeHtml, docxXmlToText, htmlToText } from '../../../src/cli/noticeText';
import { rectify } from '../../helpers/cli';
import { cpuNow } from '../../helpers/cpuClock';

const dir = mkdtempSync(join(tmpdir(), 'notice-text-'));

describe('HTML', () => {
  test('blocks make lines, inline tags do not; white space collapses; scripts, styles and comments are dropped', () => {
    const html =
      '<html><head><title>标题_中国政府网</title><style>p{}</style></head><body>\n' +
      '<div>一、元旦：<span>1月1日</span>\n   放假。<br>二、春节：<b>2月</b>1日</div>' +
      '<script>document.write("<p>不要</p>")</script><!-- <p>也不要</p> -->' +
      '<ul><li>甲</li><li>乙</li></ul><table><tr><td>A</td><td>B</td></tr></table>' +
      '<pre>保留\n  换行</pre><SCRIPT type="x">大写的</Script  >尾</body></html>';
    expect(htmlToText(html)).toBe('一、元旦：1月1日 放假。\n二、春节：2月1日\n甲\n乙\nA\tB\n保留\n换行\n尾\n');
  });

  test('a `<` that starts no tag is text; an attribute may hold `>`', () => {
    expect(htmlToText('<p>根据<全国年节及纪念日放假办法> a < b</p><p title="x>y">下一段</p>')).toBe(
      '根据<全国年节及纪念日放假办法> a < b\n下一段\n',
    );
  });

  test('character references: named, decimal, hexadecimal; unknown ones kept as written', () => {
    expect(
      decodeEntities(
        '&ldquo;五一&rdquo;&nbsp;&amp;&lt;&gt;&quot;&#12288;&#x4E00;&#20013;&mdash;&hellip;&middot;&copy;',
      ),
    ).toBe('“五一”\u00a0&<>"\u3000一中—…·©');
    expect(decodeEntities('&nbsp 旧写法 &amp 也认；&bogus; &#xZZ; &; & 单独')).toBe(
      '\u00a0 旧写法 & 也认；&bogus; &#xZZ; &; & 单独',
    );
    expect(decodeEntities('&#0;&#xD800;&#99999999;')).toBe('\ufffd\ufffd\ufffd');
  });

  test('charset: a byte-order mark, valid UTF-8 whatever the page claims, else what <meta> declares', () => {
    const page = (charset: string, body: string) => `<meta charset="${charset}"><p>${body}</p>`;
    expect(htmlToText(decodeHtml(Buffer.from(page('gbk', '春节'))))).toBe('春节\n'); // re-saved as UTF-8
    // GBK bytes of 春节 (B4BA BDDA), declared or not.
    const gbk = (head: string) => Buffer.concat([Buffer.from(head), Buffer.from([0xb4, 0xba, 0xbd, 0xda])]);
    expect(decodeHtml(gbk('<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>'))).toContain(
      '春节',
    );
    expect(decodeHtml(gbk('<p>'))).toContain('春节');
    // Big5 bytes of 春節 (AC4B B860), as a Taiwanese page would declare them.
    const big5 = Buffer.concat([Buffer.from("<meta charset='big5'><p>"), Buffer.from([0xac, 0x4b, 0xb8, 0x60])]);
    expect(decodeHtml(big5)).toContain('春節');
  });
});

describe('WordprocessingML', () => {
  test('runs, tabs and breaks; not tab stops, deleted or moved-away text', () => {
    const xml =
      '<w:document><w:body><w:p><w:pPr><w:tabs><w:tab w:val="right" w:pos="9000"/></w:tabs></w:pPr>' +
      '<w:r><w:t xml:space="preserve">一、元旦 &amp; </w:t><w:tab/><w:t>1月1日</w:t><w:br/><w:t>放假</w:t></w:r>' +
      '<w:del><w:r><w:delText>删去的</w:delText></w:r></w:del><w:moveFrom><w:r><w:t>移走的</w:t></w:r></w:moveFrom>' +
      '<w:r><w:instrText>PAGE</w:instrText></w:r></w:p><w:p/><w:p><w:r><w:t>二、春节</w:t></w:r></w:p></w:body></w:document>';
    expect(docxXmlToText(xml)).toBe('一、元旦 & \t1月1日\n放假\n二、春节\n');
  });

  test('a document.xml that unpacks to more than 20 MB is given up unread', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file(
      'word/document.xml',
      `<w:document><w:body><w:p><w:r><w:t>${'节'.repeat(7 * 1024 * 1024)}</w:t></w:r></w:p></w:body></w:document>`,
    );
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(bytes.length).toBeLessThan(1024 * 1024);
    writeFileSync(join(dir, 'bomb.docx'), bytes);
    const r = await rectify('calendar', 'notice', join(dir, 'bomb.docx'));
    expect([r.code, r.out]).toEqual([2, '']);
    expect(r.err).toContain('解压后超过 20 MB');
  });
});

describe('inputs made to be slow are read in linear time', () => {
  const n = 2_000_000;
  test.each([
    ['unclosed tags', '<a'.repeat(n / 2)],
    ['lone brackets', '<'.repeat(n)],
    ['closing tags inside a script', '<script>' + '</scrip'.repeat(n / 7)],
    ['unterminated quotes', '<p title="' + 'x'.repeat(n)],
    ['ampersands', '&'.repeat(n)],
    ['long references', '&#'.repeat(n / 2)],
    ['spaces and breaks', ' \n\t'.repeat(n / 3) + '<br>'.repeat(n / 8)],
  ])('%s', (_what, text) => {
    const start = cpuNow();
    htmlToText(text);
    docxXmlToText(text);
    expect(cpuNow() - start).toBeLessThan(3000);
  });
});
