/**
 * The add-in manifest (office-addin-manifest validate needs the internet, so
 * we check what matters here): well-formed XML, the elements Office requires,
 * a fixed Id, ExcelApi 1.8, Chinese and English strings, icons that exist at
 * the sizes they claim, every resource id defined, every URL on the dev
 * server's origin and naming a file the build emits, function names that the
 * commands file registers.
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

test('requires ExcelApi 1.8 and speaks Chinese first, English too', () => {
  const set = all('Set').find((s) => s.getAttribute('Name') === 'ExcelApi')!;
  expect(set.getAttribute('MinVersion')).toBe('1.8');
  expect(one('DefaultLocale').textContent).toBe('zh-CN');
  for (const tag of ['DisplayName', 'Description']) {
    const e = one(tag);
    expect(e.getAttribute('DefaultValue')).toMatch(/[\u4e00-\u9fff]/);
    const en = Array.from(e.getElementsByTagName('Override')).find((o) => o.getAttribute('Locale') === 'en-US');
    expect(en?.getAttribute('Value')).toMatch(/[A-Za-z]/);
  }
  const strings = all('bt:String');
  expect(strings.length).toBeGreaterThan(5);
  for (const s of strings) {
    expect(s.getAttribute('DefaultValue')).toMatch(/[\u4e00-\u9fff]/);
    const en = Array.from(s.getElementsByTagName('bt:Override')).find((o) => o.getAttribute('Locale') === 'en-US');
    expect(en?.getAttribute('Value')).toBeTruthy();
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
