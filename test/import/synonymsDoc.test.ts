/**
 * The synonyms and status-word tables of docs/IMPORT.md are what import
 * does: every other name a list column is recognised by, and every status
 * word with the status it becomes, is in the table a user reads — and the
 * table lists nothing import does not do.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { PROBLEM_STATUS_WORDS, TASK_STATUS_WORDS } from '../../src/engine/import/values';
import { LIST_SHEETS } from '../../src/engine/schema/listSheets';
import { PROBLEM_STATUS, TASK_STATUS } from '../../src/engine/schema/values';

const doc = readFileSync(path.resolve(__dirname, '..', '..', 'docs', 'IMPORT.md'), 'utf8');

/** The rows of the first table under a heading, as cells. */
function tableUnder(heading: string): string[][] {
  const start = doc.indexOf(`\n## ${heading}\n`);
  expect(start).toBeGreaterThan(0);
  const lines = doc.slice(start).split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim()),
    );
  }
  return rows;
}

/** The names listed in a cell: separated by 、 or ；, notes in brackets and after ':' left out. */
function names(cell: string): string[] {
  const bare = cell.replace(/ \([^)]*\)/g, '').replace(/; and [^:]*:/g, '、');
  return bare
    .split(/[、;]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

test('every alias of every list column is in the synonyms table, and nothing else', () => {
  const rows = new Map(tableUnder('The synonyms table').map(([col, also]) => [col, names(also)]));
  for (const sheet of LIST_SHEETS) {
    for (const c of sheet.columns) {
      if (c.computed === 'alert' || c.computed === 'counter' || !c.aliases.length) continue;
      const listed = rows.get(`${sheet.name.zh}.${c.header.zh}`);
      expect({ column: `${sheet.name.zh}.${c.header.zh}`, names: listed ? [...listed].sort() : undefined }).toEqual({
        column: `${sheet.name.zh}.${c.header.zh}`,
        names: [...c.aliases].sort(),
      });
    }
  }
});

test('every status word is in the status table with the status it becomes, and nothing else', () => {
  const listed = new Map<string, [string, string]>();
  for (const [typed, problem, task] of tableUnder('Status words'))
    for (const w of names(typed)) listed.set(w, [problem, task]);
  expect([...listed.keys()].sort()).toEqual(Object.keys(PROBLEM_STATUS_WORDS).sort());
  for (const [word, code] of Object.entries(PROBLEM_STATUS_WORDS)) {
    expect([word, listed.get(word)]).toEqual([
      word,
      [PROBLEM_STATUS[code].zh, TASK_STATUS[TASK_STATUS_WORDS[word]].zh],
    ]);
  }
});
