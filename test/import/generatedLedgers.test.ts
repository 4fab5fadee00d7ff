/**
 * Ledgers never seen, generated: every value kept and mapped where an office
 * worker would expect it, whatever the layout. Each run draws the columns a
 * unit kept (in any order, each under one of the names people give it, with
 * line breaks or bracketed notes in the header), zero to two title lines
 * above (merged across the width or not), sometimes a two-row header (a
 * 整改责任 group over 责任领导 / 责任人), blank rows between the data,
 * placeholders (\ / 无) in some cells, and dates as date cells, typed text or
 * serial numbers. The import must find the header, put each value in its
 * list column, keep what it clears beside it, and keep every extra column as
 * typed. The seed is fixed so a failure reproduces; fast-check prints it.
 */
import fc from 'fast-check';
import type { CellValue, WorkbookSnapshot } from '../../src/engine';
import { importLegacy } from '../../src/engine';
import { toExcelSerial } from '../../src/engine/rules/excelSerial';

type Where = { list: 'problems' | 'responsibilities' | 'tasks'; key: string } | { extra: string };

interface Field {
  id: string;
  /** The names a unit may give the column (all are aliases we recognise, or an extra column's own name). */
  names: string[];
  where: Where;
  required?: boolean;
  /** What a unit types in row i (distinct per row where identity depends on it). */
  value: (i: number) => fc.Arbitrary<Typed>;
}

/** A cell as generated, and what the ledger must hold for it. */
interface Typed {
  cell: CellValue;
  expected: CellValue | undefined;
  /** The text kept beside a cleared or translated value (…（原值）), when there is one. */
  original?: string;
}

const DAY = fc.integer({ min: 0, max: 700 }).map((n) => {
  const d = new Date(Date.UTC(2024, 0, 1 + n));
  return d.toISOString().slice(0, 10);
});

/** A date as a unit may enter it: a date cell (a serial), 2025年7月1日, 2025-07-01 or 2025/7/1 text. */
const dateCell = DAY.chain((iso) => {
  const [y, m, d] = iso.split('-').map(Number);
  return fc.constantFrom<Typed>(
    { cell: toExcelSerial(iso), expected: toExcelSerial(iso) },
    { cell: `${y}年${m}月${d}日`, expected: toExcelSerial(iso) },
    { cell: iso, expected: toExcelSerial(iso) },
    { cell: `${y}/${m}/${d}`, expected: toExcelSerial(iso) },
  );
});

const text = (prefix: string) => (i: number) =>
  fc.constantFrom('制度', '台账', '会议', '档案', '采购').map((w): Typed => {
    const v = `${prefix}${i + 1}${w}`;
    return { cell: v, expected: v };
  });

/** Text that may be a placeholder: cleared in a list column, the typed text kept beside it. */
const orPlaceholder = (prefix: string) => (i: number) =>
  fc.oneof(
    text(prefix)(i),
    fc.constantFrom('\\', '/', '无').map((p): Typed => ({ cell: p, expected: undefined, original: p })),
  );

const FIELDS: Field[] = [
  {
    id: 'unit',
    names: ['被巡察单位', '被巡察党组织', '被巡察单位（部门）', '单位名称'],
    where: { list: 'problems', key: 'inspectedUnit' },
    value: () => fc.constantFrom('县水利局', '县财政局').map((v): Typed => ({ cell: v, expected: v })),
  },
  {
    id: 'description',
    names: ['问题描述', '存在问题', '问题表现', '问题简述', '反馈问题'],
    where: { list: 'problems', key: 'description' },
    required: true,
    value: text('问题'),
  },
  {
    id: 'feedbackDate',
    names: ['反馈日期', '反馈时间', '巡察反馈日期'],
    where: { list: 'problems', key: 'feedbackDate' },
    value: () => dateCell,
  },
  {
    id: 'timeLimit',
    names: ['完成时限', '整改时限', '整改时限要求'],
    where: { list: 'problems', key: 'timeLimit' },
    value: () =>
      fc.oneof(
        fc
          .constantFrom('10个工作日', '30天', '3个月', '年底前', '长期坚持')
          .map((v): Typed => ({ cell: v, expected: v })),
        DAY.map((iso): Typed => ({ cell: toExcelSerial(iso), expected: iso })),
      ),
  },
  {
    id: 'status',
    names: ['是否完成', '是否整改完成', '整改情况'],
    where: { list: 'problems', key: 'status' },
    value: () =>
      fc.constantFrom<Typed>(
        { cell: '是', expected: '待审核', original: '是' },
        { cell: '否', expected: '整改中', original: '否' },
      ),
  },
  {
    id: 'measure',
    names: ['整改措施', '整改计划及措施', '具体措施'],
    where: { list: 'tasks', key: 'measure' },
    value: text('措施'),
  },
  {
    id: 'progress',
    names: ['整改进度', '完成情况', '进展情况'],
    where: { list: 'tasks', key: 'progress' },
    value: orPlaceholder('进展'),
  },
  {
    id: 'leader',
    names: ['责任领导', '整改责任领导', '牵头领导'],
    where: { list: 'responsibilities', key: 'leader' },
    value: text('领导'),
  },
  {
    id: 'person',
    names: ['责任人', '具体责任人'],
    where: { list: 'responsibilities', key: 'person' },
    value: text('责任人'),
  },
  { id: 'notes', names: ['备注'], where: { list: 'problems', key: 'notes' }, value: orPlaceholder('备注') },
  {
    id: 'extra',
    names: ['督办意见', '巡察组意见'],
    where: { extra: '' },
    // An extra column keeps what was typed, placeholders included.
    value: (i) =>
      fc.oneof(
        text('意见')(i),
        fc.constantFrom('\\', '/', '无').map((p): Typed => ({ cell: p, expected: p })),
      ),
  },
];

/** How a unit writes a header: as it is, with a line break inside, or with a note in brackets. */
const decorate = (name: string) =>
  fc.constantFrom(
    name,
    name.length > 2 ? `${name.slice(0, 2)}\n${name.slice(2)}` : name,
    `${name}（必填）`,
    `${name}【说明】`,
    ` ${name} `,
  );

interface Layout {
  fields: Field[];
  names: string[];
  headers: string[];
  titles: number;
  mergedTitles: boolean;
  twoRow: boolean;
  blanks: boolean[];
  rows: Typed[][];
}

const layout: fc.Arbitrary<Layout> = fc
  .record({
    optional: fc.subarray(
      FIELDS.filter((f) => !f.required),
      { minLength: 2 },
    ),
    order: fc.array(fc.nat(), { minLength: FIELDS.length, maxLength: FIELDS.length }),
    titles: fc.integer({ min: 0, max: 2 }),
    mergedTitles: fc.boolean(),
    twoRow: fc.boolean(),
    count: fc.integer({ min: 1, max: 6 }),
  })
  .chain(({ optional, order, titles, mergedTitles, twoRow, count }) => {
    let fields = [...FIELDS.filter((f) => f.required), ...optional]
      .map((f, k) => ({ f, k: order[k] }))
      .sort((a, b) => a.k - b.k)
      .map((x) => x.f);
    const hasGroup = twoRow && fields.some((f) => f.id === 'leader') && fields.some((f) => f.id === 'person');
    if (hasGroup) {
      // The group's two columns side by side at the right, under one merged 整改责任.
      fields = [
        ...fields.filter((f) => f.id !== 'leader' && f.id !== 'person'),
        ...FIELDS.filter((f) => f.id === 'leader' || f.id === 'person'),
      ];
    }
    return fc.record({
      fields: fc.constant(fields),
      names: fc.tuple(...fields.map((f) => fc.constantFrom(...f.names))),
      headers: fc.constant([] as string[]),
      titles: fc.constant(titles),
      mergedTitles: fc.constant(mergedTitles),
      twoRow: fc.constant(hasGroup),
      blanks: fc.array(fc.boolean(), { minLength: count, maxLength: count }),
      rows: fc.tuple(...Array.from({ length: count }, (_, i) => fc.tuple(...fields.map((f) => f.value(i))))),
    });
  })
  .chain((l) =>
    fc.tuple(...l.names.map((n) => decorate(n))).map((headers) => ({ ...l, headers, rows: l.rows as Typed[][] })),
  );

const col = (n: number) => String.fromCharCode(64 + n);

/** The sheet a unit would hand over, and the row where its data starts. */
function sheetOf(l: Layout): { snapshot: WorkbookSnapshot; dataRows: number[]; headerRows: [number, number] } {
  const width = l.fields.length;
  const values: CellValue[][] = [];
  const merges: string[] = [];
  const pad = (cells: CellValue[]) => [...cells, ...new Array(width - cells.length).fill(null)];
  if (l.titles >= 1) {
    values.push(pad(['某县委第二巡察组反馈问题整改落实情况台账']));
    if (l.mergedTitles) merges.push(`A1:${col(width)}1`);
  }
  if (l.titles >= 2) {
    values.push(pad(['填报单位：县委办公室          填报日期：2025年7月1日']));
    if (l.mergedTitles) merges.push(`A2:${col(width)}2`);
  }
  const first = values.length + 1;
  if (l.twoRow) {
    // 整改责任 over the last two columns; every other header merged down over both rows.
    values.push([...l.headers.slice(0, width - 2), '整改责任', null]);
    values.push([...new Array(width - 2).fill(null), l.headers[width - 2], l.headers[width - 1]]);
    merges.push(`${col(width - 1)}${first}:${col(width)}${first}`);
    for (let c = 1; c <= width - 2; c++) merges.push(`${col(c)}${first}:${col(c)}${first + 1}`);
  } else values.push([...l.headers]);
  const last = values.length;
  const dataRows: number[] = [];
  l.rows.forEach((row, i) => {
    if (l.blanks[i]) values.push(new Array(width).fill(null));
    values.push(row.map((t) => t.cell));
    dataRows.push(values.length);
  });
  const snapshot: WorkbookSnapshot = {
    user: 't',
    readAt: '2025-07-01T00:00:00Z',
    sheets: [{ name: '台账', visibility: 'visible', values, formulas: {}, tables: [], merges }],
  };
  return { snapshot, dataRows, headerRows: [first, last] };
}

const blankish = (v: CellValue | undefined) => v === undefined || v === null || v === '';

test('property: generated ledgers import with every value where an office worker expects it', () => {
  fc.assert(
    fc.property(layout, (l) => {
      const { snapshot, dataRows, headerRows } = sheetOf(l);
      const r = importLegacy([{ file: '县委办.xlsx', snapshot }], { lang: 'zh' });
      const file = r.files[0];
      expect(file.headerRows).toEqual(headerRows);
      expect(r.rows.problems.map((p) => p.source.row)).toEqual(dataRows);
      l.rows.forEach((row, i) => {
        const problem = r.rows.problems[i];
        row.forEach((typed, k) => {
          const field = l.fields[k];
          const where = field.where;
          if ('extra' in where) {
            const column = file.columns.find((c) => c.column === k + 1)!;
            expect(column.extraName).toBeDefined();
            expect(problem.extras[column.extraName!]).toEqual(typed.expected);
            return;
          }
          const out =
            where.list === 'problems'
              ? problem
              : r.rows[where.list].find((x) => x.values.problemId === problem.values.id);
          const got = out?.values[where.key];
          if (typed.expected === undefined) expect(blankish(got)).toBe(true);
          else expect([field.id, got]).toEqual([field.id, typed.expected]);
          // Cleared or translated: the text as typed is kept beside it, under the column's own header.
          if (typed.original !== undefined) {
            const name = `${l.headers[k].replace(/\s*\n\s*/g, '').trim()}（原值）`;
            expect([field.id, problem.extras[name]]).toEqual([field.id, typed.original]);
          }
        });
      });
      // Nothing the unit typed is reported as unreadable.
      const unreadable = r.notices.filter((n) => /notDate|notLimit|implausibleDate|notInList/.test(n.code));
      expect(unreadable).toEqual([]);
    }),
    { seed: 20261201, numRuns: 300 },
  );
});
