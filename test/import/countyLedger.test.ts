/**
 * A ledger never seen before, shaped like a county's: a merged title row and
 * a unit line above the header, 被巡察党组织 for the unit, headers with line
 * breaks and bracketed notes, 完成时限 holding date cells, a formula with no
 * saved result, a text longer than a cell holds, 是/否 and placeholders.
 */
import { type CellValue, importLegacy } from '../../src/engine';
import type { WorkbookSnapshot } from '../../src/engine';
import { toExcelSerial } from '../../src/engine/rules/excelSerial';

const LONG = '长'.repeat(40_000);

function county(): WorkbookSnapshot {
  const values: CellValue[][] = [
    ['XX县委第二巡察组反馈问题整改台账', null, null, null, null, null, null, null, null],
    ['填报单位：县水利局党组        填报日期：2025年7月1日', null, null, null, null, null, null, null, null],
    [
      '序号',
      '被巡察党组织',
      '存在问题\n（反馈原文）',
      '整改措施',
      '完成时限【以方案为准】',
      '是否完成',
      '整改进度',
      '备注',
      '督办意见',
    ],
    [
      1,
      '县水利局党组',
      '三重一大制度执行不严',
      '修订议事规则',
      toExcelSerial('2025-07-31'),
      '是',
      '已修订',
      '无',
      '\\',
    ],
    [2, '县水利局党组', LONG, '建立台账', '3个月', '否', null, '/', '已约谈'],
    [3, '县水利局党组', '干部档案不全', '补齐档案', '2025年8月15日', '否', null, null, null],
  ];
  return {
    user: 't',
    readAt: '2025-07-01T00:00:00Z',
    sheets: [
      {
        name: '台账',
        visibility: 'visible',
        values,
        formulas: { G6: '=IF(F6="是","已完成","")' },
        tables: [],
        merges: ['A1:I1', 'A2:I2'],
      },
    ],
  };
}

const r = importLegacy([{ file: '县水利局.xlsx', snapshot: county() }], { lang: 'zh' });
const mapped = (header: string) => r.files[0].columns.find((c) => c.header.startsWith(header))!;

test('the header is row 3, the title rows above are not part of it', () => {
  expect(r.files[0].headerRows).toEqual([3, 3]);
  expect(r.files[0].columns.every((c) => !c.header.includes('整改台账'))).toBe(true);
});

test('被巡察党组织 is the unit, headers with line breaks and notes are recognised', () => {
  expect(mapped('被巡察党组织').targets).toContainEqual({ sheet: 'problems', key: 'inspectedUnit' });
  expect(mapped('存在问题').targets).toContainEqual({ sheet: 'problems', key: 'description' });
  expect(mapped('完成时限').targets).toContainEqual({ sheet: 'problems', key: 'timeLimit' });
  expect(mapped('整改进度').targets).toContainEqual({ sheet: 'tasks', key: 'progress' });
  expect(r.rows.problems.map((p) => p.values.inspectedUnit)).toEqual(['县水利局党组', '县水利局党组', '县水利局党组']);
  expect(r.events.some((e) => e.code === 'import.unitFromFile')).toBe(false);
});

test('a date cell in the time-limit column becomes that date, not a serial', () => {
  expect(r.rows.problems[0].values.timeLimit).toBe('2025-07-31');
  expect(r.notices.some((n) => n.code === 'import.value.notLimit')).toBe(false);
});

test('a formula without a saved result is reported at its cell, not silently emptied', () => {
  const n = r.notices.find((x) => x.code === 'import.value.formulaNoValue')!;
  expect(n).toMatchObject({ cell: 'G6', params: { formula: '=IF(F6="是","已完成","")' } });
});

test('a text longer than a cell holds is cut to the limit with a located message', () => {
  expect(String(r.rows.problems[1].values.description)).toHaveLength(32_767);
  expect(r.notices.find((x) => x.code === 'import.value.tooLong')).toMatchObject({
    cell: 'C5',
    params: { length: 40_000 },
  });
});

test('是/否 and cleared placeholders stay traceable: the text as typed in its own column, and in the report', () => {
  expect(r.rows.problems[0].values.status).toBe('待审核');
  expect(r.rows.problems[0].extras['是否完成（原值）']).toBe('是');
  expect(mapped('是否完成').translations).toEqual(expect.arrayContaining([{ from: '是', to: '待审核', count: 1 }]));
  expect(r.extraColumns.problems).toContain('是否完成（原值）');
  // 备注 is the layout's notes column: its placeholders are cleared there and kept as typed beside it.
  expect(r.rows.problems.map((p) => p.values.notes)).toEqual([undefined, undefined, undefined]);
  expect(r.rows.problems.map((p) => p.extras['备注（原值）'])).toEqual(['无', '/', undefined]);
  // 督办意见 is an extra column: it keeps what was typed, placeholders included.
  expect(r.rows.problems.map((p) => p.extras['督办意见'])).toEqual(['\\', '已约谈', undefined]);
});
