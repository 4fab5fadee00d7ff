/**
 * The add-in manifest (office-addin-manifest validate needs the internet, so
 * we check what matters here): well-formed XML, the elements Office requires,
 * a fixed Id, ExcelApi 1.14 (the first set that implies a WebView2 webview on
 * Windows: docs/ADDIN.md), Chinese strings by default and English ones for
 * every English locale Office ships strings for, ribbon tooltips that say what
 * the buttons do (a dialog reports), icons that exist at the sizes they claim,
 * every resource id defined, every URL on the dev server's origin and naming a
 * file the build emits, function names that the commands file registers.
 */
import * as fs from 'fs';
import * as path from 'path';
import { JSDOM } from 'jsdom';

const root = path.resolve(__dirname, '..', '..');
const xml = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const doc = new new JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml');
const all = (tag: string) => Array.from(doc.getElementsByTagName(tag));
const one = (tag: string) => {
  const e = all(tag);
  expect(e.length).toBeGreaterThan(0);
  return e[0];
};

// Office keys installed copies and their settings by this Id: it must never change.
const ADDIN_ID = '8f3c2a71-5d4e-4b9a-9c1e-7a2b6d0e4f13';

function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** Files the production build writes (html-webpack-plugin outputs + copied files). */
function emittedFiles(): Set<string> {
  const config = require(path.join(root, 'webpack.config.js'))({}, { mode: 'production' });
  const files = new Set<string>();
  for (const p of config.plugins) {
    if (p.constructor.name === 'HtmlWebpackPlugin') files.add(p.userOptions.filename);
    if (p.constructor.name === 'CopyPlugin') {
      for (const pat of p.patterns) {
        if (pat.from.includes('*')) {
          const dir = path.dirname(pat.from);
          for (const f of fs.readdirSync(path.join(root, dir))) if (f.endsWith('.png')) files.add(`${dir}/${f}`);
        } else files.add(pat.to);
      }
    }
  }
  return files;
}

test('is well-formed XML of a TaskPaneApp with a fixed Id', () => {
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  expect(doc.documentElement.tagName).toBe('OfficeApp');
  expect(doc.documentElement.getAttribute('xsi:type')).toBe('TaskPaneApp');
  expect(one('Id').textContent).toBe(ADDIN_ID);
  expect(one('Version').textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  for (const tag of [
    'ProviderName',
    'DefaultLocale',
    'DisplayName',
    'Description',
    'IconUrl',
    'HighResolutionIconUrl',
    'SupportUrl',
    'Hosts',
    'Requirements',
    'DefaultSettings',
    'Permissions',
    'VersionOverrides',
  ]) {
    expect(all(tag).length).toBeGreaterThan(0);
  }
  expect(one('Host').getAttribute('Name')).toBe('Workbook');
  expect(one('Permissions').textContent).toBe('ReadWriteDocument');
});

/**
 * The English locales: those @microsoft/office-js ships strings for (one folder each), except numeric regions
 * (en-029), which the manifest leaves out (see its header comment).
 */
function englishLocales(): string[] {
  const dist = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
  return fs
    .readdirSync(dist)
    .filter((d) => /^en-[a-z]{2}$/.test(d) && fs.statSync(path.join(dist, d)).isDirectory())
    .map((d) => `en-${d.slice(3).toUpperCase()}`)
    .sort();
}

test('requires ExcelApi 1.14 and speaks Chinese by default, English in every English locale', () => {
  const set = all('Set').find((s) => s.getAttribute('Name') === 'ExcelApi')!;
  expect(set.getAttribute('MinVersion')).toBe('1.14');
  expect(one('Sets').getAttribute('DefaultMinVersion')).toBe('1.14');
  expect(one('DefaultLocale').textContent).toBe('zh-CN');
  const english = englishLocales();
  expect(english).toEqual(expect.arrayContaining(['en-US', 'en-GB', 'en-AU', 'en-CA', 'en-IN', 'en-IE', 'en-NZ']));
  const localized = [one('DisplayName'), one('Description'), ...all('bt:String')];
  expect(localized.length).toBeGreaterThan(7);
  for (const e of localized) {
    expect(e.getAttribute('DefaultValue')).toMatch(/[\u4e00-\u9fff]/);
    const overrides = Array.from(e.children).filter((o) => /^(bt:)?Override$/.test(o.tagName));
    // Exactly one Override per English locale, all with the same English text, none for another language.
    expect(overrides.map((o) => o.getAttribute('Locale')).sort()).toEqual(english);
    const values = new Set(overrides.map((o) => o.getAttribute('Value')));
    expect(values.size).toBe(1);
    const [en] = values;
    expect(en).toMatch(/[A-Za-z]/);
    expect(en).not.toMatch(/[\u4e00-\u9fff]/);
  }
});

test('ribbon tooltips say that Check and Refresh report in a dialog, in both languages', () => {
  const tip = (id: string) => {
    const s = all('bt:String').find((x) => x.getAttribute('id') === id)!;
    const en = s.getElementsByTagName('bt:Override')[0].getAttribute('Value')!;
    return { zh: s.getAttribute('DefaultValue')!, en };
  };
  const check = tip('Check.Tip');
  expect(check.zh).toMatch(/对话框.*错误和警告的数量.*第一条/);
  expect(check.en).toMatch(/dialog shows how many errors and warnings.*first finding/);
  const refresh = tip('Refresh.Tip');
  expect(refresh.zh).toMatch(/对话框.*单元格数.*重建的表/);
  expect(refresh.en).toMatch(/dialog shows how many cells changed and which sheets were rebuilt/);
  // A short string may not exceed 125 characters, a long one 250 (https://learn.microsoft.com/javascript/api/manifest/string).
  for (const [group, max] of [
    ['bt:ShortStrings', 125],
    ['bt:LongStrings', 250],
  ] as const) {
    for (const str of Array.from(one(group).getElementsByTagName('bt:String'))) {
      expect(str.getAttribute('DefaultValue')!.length).toBeLessThanOrEqual(max);
      for (const o of Array.from(str.getElementsByTagName('bt:Override')))
        expect(o.getAttribute('Value')!.length).toBeLessThanOrEqual(max);
    }
  }
});

test('ribbon: open pane, 检查 and 刷新 as function commands registered by the commands file', () => {
  const controls = all('Control');
  expect(controls.map((c) => c.getAttribute('id'))).toEqual(['RL.OpenPane', 'RL.Check', 'RL.Refresh']);
  const actions = controls.map((c) => c.getElementsByTagName('Action')[0].getAttribute('xsi:type'));
  expect(actions).toEqual(['ShowTaskpane', 'ExecuteFunction', 'ExecuteFunction']);
  const names = all('FunctionName').map((f) => f.textContent);
  const src = fs.readFileSync(path.join(root, 'src/commands/commands.ts'), 'utf8');
  for (const n of names) expect(src).toContain(`Office.actions.associate('${n}'`);
  const labels = Object.fromEntries(
    all('bt:String').map((s) => [s.getAttribute('id'), s.getAttribute('DefaultValue')]),
  );
  expect(labels['Check.Label']).toBe('检查');
  expect(labels['Refresh.Label']).toBe('刷新');
});

test('every resid is defined and every icon exists at the size it claims', () => {
  const defined = new Set(
    [...all('bt:Image'), ...all('bt:Url'), ...all('bt:String')].map((e) => e.getAttribute('id')).filter(Boolean),
  );
  const used = [...doc.querySelectorAll('[resid]')].map((e) => e.getAttribute('resid'));
  expect(used.length).toBeGreaterThan(10);
  for (const r of used) expect(defined).toContain(r);
  const images = all('bt:Image').filter((e) => e.getAttribute('DefaultValue'));
  for (const img of images) {
    const url = new URL(img.getAttribute('DefaultValue')!);
    const file = path.join(root, url.pathname);
    expect(fs.existsSync(file)).toBe(true);
    const size = Number(/-(\d+)\.png$/.exec(url.pathname)![1]);
    expect(pngSize(file)).toEqual({ width: size, height: size });
  }
  for (const size of [16, 32, 64, 80]) expect(pngSize(path.join(root, `assets/icon-${size}.png`)).width).toBe(size);
  // The ribbon references the icon sizes Office asks for.
  for (const ref of all('bt:Image').filter((e) => e.getAttribute('size'))) {
    expect(['16', '32', '80']).toContain(ref.getAttribute('size'));
  }
});

test('every URL has the dev server origin and names a file the build emits', () => {
  const port = require(path.join(root, 'webpack.config.js'))({}, {}).devServer.port;
  const origin = `https://localhost:${port}`;
  const urls = [
    ...[...doc.querySelectorAll('[DefaultValue]')]
      .map((e) => e.getAttribute('DefaultValue')!)
      .filter((v) => /^https?:/.test(v)),
    ...all('AppDomain').map((e) => e.textContent!),
  ];
  expect(urls.length).toBeGreaterThan(10);
  const emitted = emittedFiles();
  for (const u of urls) {
    const url = new URL(u);
    expect(url.origin).toBe(origin);
    if (url.pathname !== '/') expect(emitted).toContain(url.pathname.slice(1));
  }
});

test('README, docs/INSTALL.md and help.html state the Excel versions the manifest admits, in both languages', () => {
  // ExcelApi 1.14: Windows version 2108 / Office 2021, Mac 16.52, the web (docs/ADDIN.md, "Supported Excel").
  const set = all('Set').find((s) => s.getAttribute('Name') === 'ExcelApi')!;
  expect(set.getAttribute('MinVersion')).toBe('1.14');
  const read = (f: string) => fs.readFileSync(path.join(root, f), 'utf8');
  const halves = (text: string, enHeading: RegExp) => {
    const i = text.search(enHeading);
    expect(i).toBeGreaterThan(0);
    return { zh: text.slice(0, i), en: text.slice(i) };
  };
  const readme = halves(read('README.md'), /^## English$/m);
  const install = halves(read('docs/INSTALL.md'), /^## English$/m);
  for (const zh of [readme.zh, install.zh]) {
    expect(zh).toMatch(/2108 版/);
    expect(zh).toMatch(/Excel 2021/);
    expect(zh).toMatch(/Mac 版 Excel 16\.52 或更高/);
    expect(zh).toMatch(/网页版 Excel/);
    expect(zh).toMatch(/Excel 2019、2016 及更早版本/);
  }
  for (const en of [readme.en, install.en]) {
    expect(en).toMatch(/version 2108/);
    expect(en).toMatch(/Excel 2021/);
    expect(en).toMatch(/Excel for Mac 16\.52 or\s+later/);
    expect(en).toMatch(/Excel on the web/);
    expect(en).toMatch(/Excel 2019, 2016 and earlier/);
  }
  expect(read('docs/INSTALL.md')).toMatch(/ExcelApi 1\.14/);
  expect(read('docs/INSTALL.md')).not.toMatch(/ExcelApi 1\.8|Excel 2019 \/ Microsoft 365/);
  expect(read('src/taskpane/help.html')).toMatch(/2108[\s\S]*16\.52[\s\S]*2108[\s\S]*16\.52/);
});
