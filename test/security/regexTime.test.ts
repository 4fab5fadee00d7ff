/**
 * Every regular expression literal in src/ runs in time linear in its input: each is run against adversarial
 * 5,000-character strings (runs of spaces — half- and full-width —, digits, brackets of both widths, Chinese
 * numerals, dates and separators, each followed by a character that makes the match fail) and must finish each
 * within a time limit. A pattern with overlapping quantifiers (`\s*[\d\s]+\s*`) takes seconds to hours on such
 * input; this test names its file, line and pattern.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as vm from 'node:vm';
import * as ts from 'typescript';

const root = join(__dirname, '..', '..');

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) sourceFiles(full, out);
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(full);
  }
  return out;
}

interface Literal {
  where: string;
  text: string;
}

function regexLiterals(file: string): Literal[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const out: Literal[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      out.push({ where: `${relative(root, file)}:${line}`, text: node.getText() });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

const N = 5000;
const repTo = (n: number) => (s: string) => s.repeat(Math.ceil(n / s.length)).slice(0, n);
const BODIES = [
  ' ',
  '\u3000',
  '\t',
  '1',
  '1 ',
  '1,',
  '1.',
  '(',
  '（',
  ')',
  '）',
  '[',
  '【',
  '一',
  '十',
  '2024-',
  '2024年3月5日',
  '1/',
  '、',
  '，',
  '.',
  '-',
  ':',
  'a',
  'a ',
  '第',
  '个工作日',
  '\n',
];
const TAILS = ['', 'x', '!', '\u0000'];
const inputsOf = (rep: (s: string) => string) =>
  BODIES.flatMap((b) => TAILS.map((t) => rep(b) + t)).concat(
    BODIES.flatMap((b) => ['1' + rep(b) + 'x', 'a' + rep(b) + '1', '(' + rep(b) + '@']),
  );
const INPUTS = inputsOf(repTo(N));
/** The same inputs four times as long: a linear pattern takes about 4× the time on them, a quadratic one 16×. */
const LONG_INPUTS = inputsOf(repTo(4 * N));

const LIMIT_MS = 250;
/** An input taking longer than this is timed again at four times the length, to see how the time grows. */
const GROWTH_FROM_MS = 2;
/** Growth beyond this from 5,000 to 20,000 characters is not linear (a quadratic pattern grows about 16×). */
const MAX_GROWTH = 8;
const literals = sourceFiles(join(root, 'src')).flatMap(regexLiterals);

test('src/ has regular expression literals to check (the scanner finds them)', () => {
  expect(literals.length).toBeGreaterThan(100);
});

test('every regular expression literal in src/ is linear on adversarial 5,000-character input', () => {
  const slow: string[] = [];
  const now = () => Number(process.hrtime.bigint()) / 1e6;
  const context = vm.createContext({
    inputs: INPUTS,
    longInputs: LONG_INPUTS,
    growthFrom: GROWTH_FROM_MS,
    maxGrowth: MAX_GROWTH,
    now,
    limit: LIMIT_MS,
    re: null as RegExp | null,
    over: [] as number[][],
    at: 0,
  });
  // One call per literal runs every input (a watchdog per call is what takes the time). An input over the limit
  // is timed twice more and its best time kept: a busy machine slows a run now and then, a pattern that is not
  // linear is slow every time (tens of seconds to hours at this length, where a linear one takes well under 1 ms).
  // The watchdog stops a pattern that would run for hours. A pattern that is slow but under the limit (a quadratic
  // one takes tens of milliseconds at this length, and a busy machine can push that over any fixed limit) is caught
  // by how its time grows: timed again on an input four times as long, best of three each.
  const run = new vm.Script(`{
    over = [];
    const once = (s) => {
      const t = now();
      re.lastIndex = 0; re.test(s); re.lastIndex = 0; s.split(re);
      return now() - t;
    };
    const best = (s, ms) => Math.min(ms, once(s), once(s));
    for (let i = 0; i < inputs.length; i++) {
      at = i;
      let ms = once(inputs[i]);
      if (ms > growthFrom) ms = best(inputs[i], ms);
      if (ms > limit) { over.push([i, ms, 0]); break; }
      if (ms > growthFrom) {
        const long = best(longInputs[i], once(longInputs[i]));
        if (long / ms > maxGrowth) { over.push([i, ms, long]); break; }
      }
    }
  }`);
  for (const lit of literals) {
    // Our own source's literals, compiled as the program compiles them (the `g`/`y` flags reset per input).
    context.re = vm.runInContext(lit.text, context) as RegExp;
    let verdict = '';
    let at = 0;
    try {
      run.runInContext(context, { timeout: LIMIT_MS * 40 });
      const over = context.over as number[][];
      if (over.length) {
        const [i, ms, long] = over[0];
        at = i;
        verdict = long
          ? `${ms.toFixed(1)} ms, then ${long.toFixed(1)} ms at 4× the length (×${(long / ms).toFixed(1)}: not linear)`
          : `${Math.round(ms)} ms`;
      }
    } catch {
      [at, verdict] = [context.at as number, `over ${LIMIT_MS * 40} ms`];
    }
    if (verdict) slow.push(`${lit.where} ${lit.text} on ${JSON.stringify(INPUTS[at].slice(0, 8))}…: ${verdict}`);
  }
  expect(slow).toEqual([]);
});
