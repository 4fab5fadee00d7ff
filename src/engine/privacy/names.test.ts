/**
 * Whose names the public version withholds: the values of every person column
 * of the workbook — the lists' and the user's own sheets' — split into names,
 * without titles, units, or the file's users in `_log`.
 */
import type { CellValue } from '../core/cells';
import type { SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';
import { readWorkbook } from '../read/readWorkbook';
import { namesInCell, personNames } from './names';

const sheet = (name: string, values: CellValue[][]): SheetSnapshot => ({
  name,
  visibility: 'visible',
  values,
  formulas: {},
  tables: [],
  merges: [],
});

test.each([
  ['张三、李四', ['张三', '李四']],
  ['张三（科长）', ['张三']],
  ['张 三', ['张三']],
  ['王五同志', ['王五']],
  ['买买提·艾力', ['买买提·艾力']],
  ['局长', []],
  ['李明 13800138000', ['李明']],
  ['John Smith', ['John', 'Smith']],
  ['各科室负责同志及其他相关工作人员', []],
])('namesInCell(%s)', (cell, names) => {
  expect(namesInCell(cell)).toEqual(names);
});

test('every person column of the workbook, a title line above its header, not _log, not a unit', () => {
  const snapshot: WorkbookSnapshot = {
    sheets: [
      sheet('问题清单', [
        ['问题编号', '被巡察单位', '问题描述', '整改状态', '审核人'],
        ['P1', '市住建局', '会议多', '已销号', '王审'],
      ]),
      sheet('责任清单', [
        ['问题编号', '牵头领导', '责任单位', '责任人'],
        ['P1', '张局长', '办公室', '李明、赵强'],
        ['P1', '', '财务科', '办公室'],
      ]),
      sheet('任务清单', [['任务编号', '问题编号', '整改措施', '完成状态']]),
      sheet('联络员', [
        ['各单位整改联络员名单'],
        ['序号', '单位', '联系人', '联系电话'],
        [1, '某单位', '欧阳娜娜', '13900000000'],
      ]),
      sheet('_log', [
        ['序号', '时间', '操作', '工作表', '单元格', '原值', '新值', '操作人', '校验码'],
        [1, '2025-06-30 09:00', '销号', '问题清单', 'D2', '整改中', '已销号', '系统管理员', 'x'],
      ]),
    ],
    user: 't',
    readAt: '2025-06-30T09:00:00Z',
  };
  const names = personNames(readWorkbook(snapshot, { today: '2025-06-30' }), snapshot);
  expect([...names].sort()).toEqual(['张局长', '李明', '欧阳娜娜', '王审', '赵强'].sort());
});
