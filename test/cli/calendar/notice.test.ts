/**
 * `rectify calendar notice FILE` looking at a notice: every collected notice
 * (test/fixtures/calendar-notices, 2010–2026) read from a .txt file gives
 * exactly the engine's reading of its text, and the same days again from a
 * web page saved with its site around it, from a Word document, from
 * standard input and in GBK; the printed grouping, --json's shape, English;
 * no notice, a wrong weekday and files that are no notice at all exit 2 with
 * one sentence.
 *
 * @timezone dates, deadlines and calendars: what they compute must not move with the machine's zone
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Readable } from 'stream';
import { Document, Packer, Paragraph, TabStopType, TextRun } from 'docx';
import { noticeJson, parseNotice } from '../../../src/engine';
import { rectify } from '../../helpers/cli';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'calendar-notices');
const YEARS = readdirSync(FIXTURES)
  .filter((f) => /^\d{4}\.txt$/.test(f))
  .map((f) => f.slice(0, 4));
const textOf = (year: string) => readFileSync(join(FIXTURES, `${year}.txt`), 'utf8');

const dir = mkdtempSync(join(tmpdir(), 'calendar-notice-'));
const f = (name: string) => join(dir, name);

/** Runs with `bytes` as standard input. */
async function withStdin<T>(bytes: Buffer, body: () => Promise<T>): Promise<T> {
  const saved = Object.getOwnPropertyDescriptor(process, 'stdin')!;
  Object.defineProperty(process, 'stdin', { value: Readable.from([bytes]), configurable: true });
  try {
    return await body();
  } finally {
    Object.defineProperty(process, 'stdin', saved);
  }
}

/** GBK bytes of a text, from the reverse of Node's own GB18030 decoder over every two-byte code. */
const gbkTable = (() => {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(Buffer.from([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  return table;
})();
function gbk(text: string): Buffer {
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else if (gbkTable.has(ch)) bytes.push(...gbkTable.get(ch)!);
    else throw new Error(`not in GBK: ${ch}`);
  }
  return Buffer.from(bytes);
}

/** The notice as gov.cn-style pages carry it: site menu, 来源, the text in <p>s, 责任编辑, related links, a footer. */
function webPage(text: string, charset = 'utf-8'): string {
  const [title, ...rest] = text.trimEnd().split('\n');
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const paragraphs = rest.map((line, i) =>
    // Some lines indented with an entity, some paragraphs split into two lines by <br>, as editors do.
    i % 3 === 0
      ? `<p style="text-indent: 2em;">&#12288;&#12288;${escape(line)}</p>`
      : i % 3 === 1
        ? `<p>&nbsp;&nbsp;${escape(line)}</p>`
        : `<div class="para">\n  ${escape(line)}\n</div>`,
  );
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<title>${escape(title)}_政府信息公开专栏</title>
<style>p { margin: 0 } .nav > li:after { content: "<p>"; }</style>
<script type="text/javascript">
  var share = "<p>国务院办公厅关于2099年部分节假日安排的通知</p><p>一、元旦：1月1日放假。</p>";
  if (a < b && b > c) { document.write(share); }
</script>
</head>
<body>
<div class="header"><ul class="nav">
  <li><a href="/">首页</a></li><li><a href="/zhengce/">政策</a></li><li><a href="/hudong/">互动</a></li>
  <li><a href="/fuwu/">服务</a></li><li><a href="/shuju/">数据</a></li>
</ul><div class="search"><input type="text" placeholder="请输入关键词"></div></div>
<!-- 正文开始 <p>一、春节：2月1日放假。</p> -->
<div class="article">
  <h1 id="ti">${escape(title)}</h1>
  <div class="pages-date">2023-10-25 15:00&nbsp;&nbsp;来源：新华社 &nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
  <div id="UCAP-CONTENT" class="pages_content">
${paragraphs.join('\n')}
  </div>
  <div class="editor">【我要纠错】 责任编辑：李&nbsp;华</div>
  <div class="related"><h3>相关稿件</h3><ul>
    <li><a href="/a.htm">&ldquo;五一&rdquo;假期出行指南</a></li>
    <li><a href="/b.htm">国务院办公厅关于做好节假日期间值班工作的通知</a></li>
  </ul></div>
</div>
<div class="footer"><p>主办单位：国务院办公厅&emsp;运行维护单位：中国政府网运行中心</p>
<p>版权所有：中国政府网 &copy; 京ICP备05070218号</p></div>
<script>window.__stats = { id: "<div>x</div>" };</script>
</body>
</html>
`;
}

/** The notice as a Word document: one paragraph per line, the signature right-aligned by a tab. */
async function wordDocument(text: string): Promise<Buffer> {
  const lines = text.trimEnd().split('\n');
  const children = lines.map((line, i) =>
    i >= lines.length - 2
      ? new Paragraph({
          tabStops: [{ type: TabStopType.RIGHT, position: 9000 }],
          children: [new TextRun({ text: '\t' }), new TextRun(line)],
        })
      : new Paragraph({ children: [new TextRun(line)] }),
  );
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

const expected = (year: string) => noticeJson(parseNotice(textOf(year)), 'zh');
const jsonOf = (out: string) => JSON.parse(out) as ReturnType<typeof noticeJson>;

describe.each(YEARS)('the %s notice', (year) => {
  test('from .txt: --json is the engine’s reading, on one line, exit 0', async () => {
    const r = await rectify('calendar', 'notice', join(FIXTURES, `${year}.txt`), '--json');
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out.split('\n')).toEqual([expect.any(String), '']);
    expect(jsonOf(r.out)).toEqual(expected(year));
    expect(jsonOf(r.out).days.length).toBeGreaterThan(10);
  });

  test('the same days from a saved web page, a Word document, standard input and GBK', async () => {
    const text = textOf(year);
    writeFileSync(f(`${year}.html`), webPage(text));
    writeFileSync(f(`${year}-gbk.htm`), gbk(webPage(text, 'gb2312')));
    writeFileSync(f(`${year}.docx`), await wordDocument(text));
    writeFileSync(f(`${year}-gbk.txt`), gbk(text));
    writeFileSync(f(`${year}-bom.txt`), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    writeFileSync(f(`${year}-utf16.txt`), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    for (const name of [
      `${year}.html`,
      `${year}-gbk.htm`,
      `${year}.docx`,
      `${year}-gbk.txt`,
      `${year}-bom.txt`,
      `${year}-utf16.txt`,
    ]) {
      const r = await rectify('calendar', 'notice', f(name), '--json');
      expect([name, r.code, r.err]).toEqual([name, 0, '']);
      expect([name, jsonOf(r.out)]).toEqual([name, expected(year)]);
    }
    const piped = await withStdin(Buffer.from(text), () => rectify('calendar', 'notice', '-', '--json'));
    expect([piped.code, piped.err]).toEqual([0, '']);
    expect(jsonOf(piped.out)).toEqual(expected(year));
  });
});

test('the days are printed grouped by holiday: days off as ranges, then the working days', async () => {
  const r = await rectify('calendar', 'notice', join(FIXTURES, '2024.txt'));
  expect([r.code, r.err]).toEqual([0, '']);
  expect(r.out.split('\n')).toEqual([
    '2024 年节假日安排（国办发明电〔2023〕7号）',
    '元旦  2024-01-01 休（1天）',
    '春节  2024-02-10 至 2024-02-17 休（8天）；2024-02-04、2024-02-18 班',
    '清明节  2024-04-04 至 2024-04-06 休（3天）；2024-04-07 班',
    '劳动节  2024-05-01 至 2024-05-05 休（5天）；2024-04-28、2024-05-11 班',
    '端午节  2024-06-10 休（1天）',
    '中秋节  2024-09-15 至 2024-09-17 休（3天）；2024-09-14 班',
    '国庆节  2024-10-01 至 2024-10-07 休（7天）；2024-09-29、2024-10-12 班',
    '共 28 天休、8 天调休上班。',
    '',
  ]);
});

test('in English, and the 2026 notice without a 文号', async () => {
  const r = await rectify('calendar', 'notice', join(FIXTURES, '2026.txt'), '--lang', 'en');
  expect([r.code, r.err]).toEqual([0, '']);
  const lines = r.out.split('\n');
  expect(lines[0]).toBe('Holidays of 2026');
  expect(lines).toContain('春节  2026-02-15 to 2026-02-23 off (9 days); 2026-02-14, 2026-02-28 working');
  expect(lines).toContain('端午节  2026-06-19 to 2026-06-21 off (3 days)');
  expect(r.out).not.toMatch(/[休班天至年]/);
});

test('a text with no notice: one sentence on stderr, exit 2, nothing on stdout', async () => {
  writeFileSync(f('weather.txt'), '今天天气很好，明天有雨。\n下周一开会。\n');
  for (const args of [[], ['--json']]) {
    const r = await rectify('calendar', 'notice', f('weather.txt'), ...args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('没有找到节假日安排通知');
  }
  const en = await rectify('calendar', 'notice', f('weather.txt'), '--lang', 'en');
  expect([en.code, en.err]).toEqual([2, expect.stringContaining('No holiday notice found')]);
});

describe('a notice with a wrong weekday', () => {
  const wrong = textOf('2024').replace('2月4日（星期日）', '2月4日（星期一）');
  beforeAll(() => writeFileSync(f('2024-wrong.txt'), wrong));

  test('the days are still shown; the error on stderr; exit 2', async () => {
    const r = await rectify('calendar', 'notice', f('2024-wrong.txt'));
    expect(r.code).toBe(2);
    expect(r.out).toContain('春节  2024-02-10 至 2024-02-17 休（8天）');
    const err = r.err.trim().split('\n');
    expect(err).toHaveLength(2);
    expect(err[0]).toMatch(/^错误：.*2月4日.*星期一.*星期日/);
    expect(err[1]).toContain('通知中有 1 处需要核对');
  });

  test('--json has the errors as strings beside the days', async () => {
    const r = await rectify('calendar', 'notice', f('2024-wrong.txt'), '--json');
    expect(r.code).toBe(2);
    const json = JSON.parse(r.out) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['year', 'days', 'warnings', 'errors']);
    expect(json.errors).toEqual([expect.stringMatching(/2月4日.*星期一.*星期日/)]);
    expect(json.days).toEqual(expected('2024').days);
  });
});

test('--json’s shape exactly: year, days of date/type/holiday, warnings', async () => {
  const r = await rectify('calendar', 'notice', join(FIXTURES, '2025.txt'), '--json');
  const json = JSON.parse(r.out) as Record<string, unknown>;
  expect(Object.keys(json)).toEqual(['year', 'days', 'warnings']);
  expect(json.year).toBe(2025);
  expect(json.warnings).toEqual([]);
  for (const d of json.days as Record<string, unknown>[]) {
    expect(Object.keys(d)).toEqual(['date', 'type', 'holiday']);
    expect(d.date).toMatch(/^2025-\d\d-\d\d$/);
    expect(['休', '班']).toContain(d.type);
  }
  expect(json.days).toContainEqual({ date: '2025-01-26', type: '班', holiday: '春节' });
});

describe('files that are not a notice one can read', () => {
  test.each([
    ['old Word', 'notice.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), '旧版 Word'],
    ['a PDF', 'notice.pdf', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'), 'PDF'],
    ['binary', 'notice.bin', Buffer.from([1, 2, 0, 0, 5, 6, 0xff, 0]), '不是文本、网页或 Word 文档'],
    [
      'a zip that is no .docx',
      'book.docx',
      readFileSync(join(FIXTURES, '..', 'real-world', 'A公司.xlsx')),
      '不是 Word 文档',
    ],
    ['a cut .docx', 'cut.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), '不是完整的 Word 文档'],
  ])('%s: one sentence, exit 2', async (_what, name, bytes, want) => {
    writeFileSync(f(name), bytes);
    const r = await rectify('calendar', 'notice', f(name));
    expect([r.code, r.out]).toEqual([2, '']);
    expect(r.err).toContain(want);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  test('a missing file, a folder', async () => {
    const missing = await rectify('calendar', 'notice', f('nowhere.txt'));
    expect([missing.code, missing.err.trim()]).toEqual([2, `文件不存在：${f('nowhere.txt')}`]);
    const folder = await rectify('calendar', 'notice', dir);
    expect([folder.code, folder.err]).toEqual([2, expect.stringContaining('是文件夹')]);
  });

  test('over 5 MB, on disk or on standard input, is refused unread', async () => {
    const big = Buffer.alloc(5 * 1024 * 1024 + 1, 0x20);
    writeFileSync(f('big.txt'), big);
    const r = await rectify('calendar', 'notice', f('big.txt'));
    expect([r.code, r.err]).toEqual([2, expect.stringContaining('超过 5 MB')]);
    const piped = await withStdin(big, () => rectify('calendar', 'notice', '-'));
    expect([piped.code, piped.err]).toEqual([2, expect.stringContaining('标准输入 超过 5 MB')]);
  });
});

describe('options', () => {
  test.each([
    [['-o', 'x.xlsx'], '-o 只能与 --into'],
    [['--in-place'], '--in-place 只能与 --into'],
    [['--replace'], '--replace 只能与 --into'],
    [['--into', 'x.xlsx', '--json', '--in-place'], '--json 只用于查看通知'],
    [['--into', 'x.xlsx'], '请用 -o'],
  ])('%j is refused before anything is read', async (args, want) => {
    const r = await rectify('calendar', 'notice', f('nowhere.txt'), ...args);
    expect([r.code, r.out]).toEqual([2, '']);
    expect(r.err).toContain(want);
  });

  test('help in both languages names every option', async () => {
    for (const lang of ['zh', 'en']) {
      const r = await rectify('calendar', 'notice', '--help', '--lang', lang);
      expect(r.code).toBe(0);
      for (const o of ['--json', '--into', '--output', '--in-place', '--replace', '--today', '--lang', '--progress'])
        expect(r.out).toContain(o);
      expect(r.out).toContain(lang === 'zh' ? '每年十二月' : 'Every December');
    }
  });
});
