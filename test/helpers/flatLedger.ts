/**
 * A plain flat legacy ledger of any length, the shape offices reach after three rounds of inspections across a
 * group's units: one sheet, one header row, nine columns, nothing odd.
 * Deterministic: the same rows for the same length and unit. Used by the scale tests (in memory) and by
 * `npm run bench` (written to .xlsx by ExcelJS).
 */
import type { CellValue, LegacySource, WorkbookSnapshot } from '../../src/engine';

export const FLAT_HEADER = [
  '序号',
  '被巡察单位',
  '反馈日期',
  '问题类别',
  '存在问题',
  '整改措施',
  '责任人',
  '整改时限',
  '是否完成',
];

const CATEGORIES = ['党的领导', '党的建设', '全面从严治党', '选人用人'];
const PEOPLE = ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨磊', '赵敏', '黄勇'];
const LIMITS = ['30天', '3个月', '10个工作日', '2025年底前', '长期坚持'];

/** Row `i` (0-based) of unit `unit`: every problem's text differs, so identity by content keeps them apart. */
export function flatRow(i: number, unit: string): CellValue[] {
  return [
    i + 1,
    unit,
    // 2025-03-01 + up to 90 days, as an Excel serial (a date cell in the .xlsx).
    45717 + (i % 90),
    CATEGORIES[i % CATEGORIES.length],
    `${unit}第${i + 1}项问题：制度执行不到位，台账记录不完整（抽查第${(i * 7) % 97}份凭证）`,
    `完善制度并逐项整改，第${i + 1}项措施`,
    PEOPLE[i % PEOPLE.length],
    LIMITS[i % LIMITS.length],
    i % 3 === 0 ? '是' : '否',
  ];
}

export function flatRows(rows: number, unit: string): CellValue[][] {
  const out: CellValue[][] = [FLAT_HEADER.slice()];
  for (let i = 0; i < rows; i++) out.push(flatRow(i, unit));
  return out;
}

/** The ledger as a source snapshot, the way the .xlsx reader hands it to import. */
export function flatLedger(rows: number, unit = 'A公司'): LegacySource {
  const snapshot: WorkbookSnapshot = {
    user: 't',
    readAt: '2025-06-30T00:00:00Z',
    sheets: [
      { name: '台账', visibility: 'visible', values: flatRows(rows, unit), formulas: {}, tables: [], merges: [] },
    ],
  };
  return { file: `${unit}.xlsx`, snapshot };
}
