/**
 * A reminder letter gives the unit's evidence as counts, never paths: of the measures the unit has done, how many
 * name 佐证材料 and how many items in all — counted here independently from the 任务清单 cells.
 */
import { generateDemo } from '../../../src/demo';
import { buildLetters, readWorkbook } from '../../../src/engine';

const TODAY = '2026-12-07';

test('each letter counts its unit’s done measures with and without evidence, and names no file', () => {
  const { snapshot } = generateDemo({ problems: 60, today: TODAY, seed: 4 });
  const data = readWorkbook(snapshot, { today: TODAY });
  const letters = buildLetters(data, {});
  expect(letters.length).toBeGreaterThan(3);
  const tasks = snapshot.sheets.find((s) => s.name === '任务清单')!.values;
  const h = tasks[0] as string[];
  let checked = 0;
  for (const letter of letters) {
    const rows = tasks
      .slice(1)
      .filter((r) => r[h.indexOf('责任单位')] === letter.unit && r[h.indexOf('完成状态')] === '已完成');
    const withEvidence = rows.filter((r) => String(r[h.indexOf('佐证材料')] ?? '').trim() !== '').length;
    const line = letter.closing.find((x) => x.includes('条整改措施'));
    if (!rows.length) {
      expect(line).toBeUndefined();
      continue;
    }
    checked++;
    const m = /已完成的 (\d+) 条整改措施(?:中，(\d+) 条附有佐证材料|均附有佐证材料)/.exec(line!)!;
    expect(Number(m[1])).toBe(rows.length);
    expect(m[2] === undefined ? rows.length : Number(m[2])).toBe(withEvidence);
    // Counts only: no evidence text of the unit's measures is in the letter.
    for (const r of rows) {
      const ev = String(r[h.indexOf('佐证材料')] ?? '').trim();
      if (ev) expect(letter.closing.join('')).not.toContain(ev);
    }
  }
  expect(checked).toBeGreaterThan(0);
});
