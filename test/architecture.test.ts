/**
 * The shape of the code, checked (docs/ARCHITECTURE.md):
 * - dependencies point one way: every import goes to the same layer or a
 *   lower one, and there is no import cycle, type-only imports included;
 * - the engine imports no Node, Office or file-format library;
 * - no source file over 500 lines, no function over 120 lines, none over 80
 *   in the date, calendar, time-limit, deadline and status rules (React
 *   components are exempt from the function limit, capped at 200);
 * - comments and strings refer only to files in this repository, never to
 *   outside documents or issue numbers.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';
import ts from 'typescript';

const root = resolve(__dirname, '..');
const src = join(root, 'src');

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

// A capability's tests live beside it in src (src/engine/calendarNotice/*.test.ts); they may read fixtures with
// Node, so the rules below apply to the product's code only, and the tests are checked with the test folder.
const isTest = (f: string) => /\.test\.tsx?$/.test(f);
const files = walk(src).filter((f) => !isTest(f));
const rel = (f: string) => relative(root, f).replace(/\\/g, '/');

/** Layers from the bottom; a file may import its own layer or lower ones. */
const LAYERS: [prefix: string, rank: number][] = [
  ['src/i18n/', 0],
  ['src/engine/core/', 1],
  ['src/engine/rules/', 2],
  ['src/engine/schema/', 3],
  ['src/engine/read/', 4],
  ['src/engine/audit/', 5],
  ['src/engine/plans/', 6],
  // The public version's screen: a capability the ledger's documents use, so below the ledger.
  ['src/engine/privacy/', 6.5],
  ['src/engine/ledger/', 7],
  // A sheet's structure (header block, sections, footnotes): the rules import reads a legacy sheet with.
  ['src/engine/sheetLayout/', 7.5],
  ['src/engine/import/', 8],
  ['src/engine/run/', 9],
  // A capability folder: its rules, its plan (a command for the runner) and its tests side by side.
  ['src/engine/calendarNotice/', 9.5],
  ['src/engine/extensions/', 9.5],
  // Above the other capabilities: collect hands the units' extension requests to src/engine/extensions.
  ['src/engine/distribute/', 9.6],
  ['src/engine/evidence/', 9.5],
  // Recording progress appends evidence fingerprints: above the evidence folder.
  ['src/engine/record/', 9.6],
  ['src/engine/spotcheck/', 9.5],
  ['src/engine/index.ts', 10],
  ['src/demo/', 11],
  // Formal documents (.docx) laid out for the command line and the pane alike.
  ['src/documents/', 11],
  ['src/excel/', 11],
  ['src/xlsx/', 11],
  ['src/cli/', 12],
  ['src/taskpane/', 12],
  // The ribbon's function commands show their result with the pane's translator.
  ['src/commands/', 13],
];

function layerOf(file: string): { prefix: string; rank: number } {
  const r = rel(file);
  const hit = LAYERS.find(([p]) => r === p || r.startsWith(p));
  if (!hit) throw new Error(`${r} is in no layer: add its folder to LAYERS and to docs/ARCHITECTURE.md`);
  return { prefix: hit[0], rank: hit[1] };
}

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const c of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    try {
      if (statSync(c).isFile()) return c;
    } catch {
      /* next candidate */
    }
  }
  return null;
}

interface Imports {
  local: string[];
  packages: string[];
}

const importsOf = new Map<string, Imports>();
for (const f of files) {
  const info = ts.preProcessFile(readFileSync(f, 'utf8'), true, true);
  const local: string[] = [];
  const packages: string[] = [];
  for (const i of info.importedFiles) {
    const target = resolveImport(f, i.fileName);
    if (target) local.push(target);
    else if (!i.fileName.startsWith('.')) packages.push(i.fileName);
    else throw new Error(`${rel(f)} imports ${i.fileName}, which does not exist`);
  }
  importsOf.set(f, { local, packages });
}

describe('architecture', () => {
  test('every import goes to the same layer or a lower one', () => {
    const wrong: string[] = [];
    for (const [f, { local }] of importsOf) {
      const from = layerOf(f);
      for (const t of local) {
        const to = layerOf(t);
        const sameGroup = from.prefix === to.prefix;
        if (to.rank > from.rank || (to.rank === from.rank && !sameGroup)) wrong.push(`${rel(f)} → ${rel(t)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('the pane and the command line each load only their own catalogue; the engine neither', () => {
    const wrong: string[] = [];
    for (const [f, { local }] of importsOf) {
      const r = rel(f);
      for (const t of local.map(rel)) {
        if (t === 'src/i18n/pane.ts' && !/^src\/(taskpane|commands|excel)\//.test(r) && !r.startsWith('src/i18n/'))
          wrong.push(`${r} → ${t}`);
        if (t === 'src/i18n/cli.ts' && !/^src\/(cli|xlsx)\//.test(r) && !r.startsWith('src/i18n/'))
          wrong.push(`${r} → ${t}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('there is no import cycle (type-only imports included)', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const stack: string[] = [];
    const visit = (f: string) => {
      state.set(f, 'visiting');
      stack.push(f);
      for (const t of importsOf.get(f)?.local ?? []) {
        if (state.get(t) === 'visiting') cycles.push([...stack.slice(stack.indexOf(t)), t].map(rel).join(' → '));
        else if (!state.has(t)) visit(t);
      }
      stack.pop();
      state.set(f, 'done');
    };
    for (const f of files) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });

  test('the engine imports no Node, Office or file-format library', () => {
    // Nor a schema library: zod was a megabyte of modules for every command line start (docs/PERFORMANCE.md).
    const allowed = /^chinese-days\/dist\/chinese-days\.json$/;
    const wrong: string[] = [];
    for (const [f, { packages }] of importsOf) {
      if (!/^src\/(engine|i18n)\//.test(rel(f))) continue;
      for (const p of packages) if (!allowed.test(p)) wrong.push(`${rel(f)} imports ${p}`);
    }
    expect(wrong).toEqual([]);
  });

  test('no source file is over 500 lines', () => {
    const long = files
      .map((f) => ({ f: rel(f), lines: readFileSync(f, 'utf8').split('\n').length }))
      .filter((x) => x.lines > 500)
      .map((x) => `${x.f}: ${x.lines}`);
    expect(long).toEqual([]);
  });

  test('no function is over 120 lines, none over 80 in the deadline rules', () => {
    const long: string[] = [];
    for (const f of files) {
      const source = ts.createSourceFile(f, readFileSync(f, 'utf8'), ts.ScriptTarget.Latest, true);
      const strictRules = rel(f).startsWith('src/engine/rules/');
      const visit = (n: ts.Node) => {
        if (ts.isFunctionLike(n) && 'body' in n && n.body) {
          const start = source.getLineAndCharacterOfPosition(n.getStart()).line;
          const end = source.getLineAndCharacterOfPosition(n.getEnd()).line;
          const lines = end - start + 1;
          const name = functionName(n);
          const component = f.endsWith('.tsx') && /^[A-Z]/.test(name);
          const limit = component ? 200 : strictRules ? 80 : 120;
          if (lines > limit) long.push(`${rel(f)}:${start + 1} ${name} ${lines} lines (limit ${limit})`);
        }
        ts.forEachChild(n, visit);
      };
      visit(source);
    }
    expect(long).toEqual([]);
  });

  test('comments and strings refer only to files in the repository', () => {
    const outside =
      /\b(PRODUCT|DOMAIN|ENGINEERING)(\.md)?\s*§|\b(PRODUCT|DOMAIN|ENGINEERING)\.md|\bissues?\s*#?\d+|\.\.\/shared\b/i;
    const texts = [
      ...walk(src),
      ...walk(join(root, 'test')),
      ...walk(join(root, 'scripts')).filter((f) => !f.endsWith('.d.ts')),
    ];
    const hits: string[] = [];
    for (const f of texts) {
      if (f === __filename) continue;
      readFileSync(f, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          // An upstream project's issue ("office-js issue #195", a github.com link) is a public reference, not ours.
          const upstream = /github\.com\/|\b(office-js|exceljs|sheetjs|docx|jszip)\b[^.]*issue/i.test(line);
          if (outside.test(line) && !upstream) hits.push(`${rel(f)}:${i + 1}: ${line.trim().slice(0, 100)}`);
        });
    }
    expect(hits).toEqual([]);
  });
});

function functionName(n: ts.Node): string {
  const named = n as { name?: ts.Node };
  if (named.name) return named.name.getText();
  const p = n.parent;
  if (p && (ts.isVariableDeclaration(p) || ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p))) {
    return p.name.getText();
  }
  return '<anonymous>';
}
