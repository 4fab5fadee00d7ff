/**
 * A small hand-kept ledger as an office would have it before the add-in: the
 * three lists typed by hand with only some columns, dates as Excel serials
 * relative to today (so there is something overdue and something due soon),
 * and a few mistakes for 检查 to find. Used by the browser test and screenshots.
 */
import { FakeWorkbook } from './workbook';

/**
 * Excel serial of today + offset days: `now` a date ('2025-06-16', the same in every time zone) or a moment, taken
 * on this machine's calendar (the browser test's today).
 */
function serial(offsetDays: number, now: Date | string = new Date()): number {
  const [y, m, d] =
    typeof now === 'string' ? now.split('-').map(Number) : [now.getFullYear(), now.getMonth() + 1, now.getDate()];
  const utc = Date.UTC(y, m - 1, d + offsetDays);
  return Math.round((utc - Date.UTC(1899, 11, 30)) / 86400000);
}

export function demoWorkbook(now: Date | string = new Date()): FakeWorkbook {
  const d = (o: number) => serial(o, now);
  return FakeWorkbook.from({
    问题清单: [
      [
        '问题编号',
        '被巡察单位',
        '问题类别',
        '问题描述',
        '反馈日期',
        '整改时限',
        '整改状态',
        '销号日期',
        '审核人',
        '备注',
      ],
      [
        'XC-01',
        '市住建局',
        '政治建设',
        '学习贯彻上级决策部署不够深入，专题学习流于形式',
        d(-60),
        '1个月',
        '整改中',
        null,
        null,
        null,
      ],
      [
        'XC-02',
        '市住建局',
        '作风建设',
        '督查检查考核过多过频，基层负担较重',
        d(-25),
        '30天',
        '整改中',
        null,
        null,
        null,
      ],
      [
        'XC-03',
        '市住建局',
        '组织建设',
        '“三会一课”制度落实不严格，会议记录不全',
        d(-90),
        '立行立改',
        '已销号',
        d(-70),
        '王审核',
        null,
      ],
      [
        'XC-04',
        '市住建局',
        '纪律建设',
        '公务接待管理不规范，存在超标准接待',
        d(-10),
        '3个月',
        '未启动',
        null,
        null,
        null,
      ],
      [
        'XC-05',
        '市住建局',
        '选人用人',
        '干部档案管理不规范',
        '2024年13月5日',
        '2个月',
        '整改中',
        null,
        null,
        '日期待核实',
      ],
      ['XC-06', '市住建局', '基层党建', '党支部换届不及时', d(-20), '长期坚持', '整改中', null, null, null],
      ['XC-03', '市住建局', '作风建设', '编号重复的一条问题', d(-5), '10个工作日', '已销号', null, null, null],
    ],
    责任清单: [
      ['问题编号', '牵头领导', '责任单位', '责任人', '联系电话'],
      ['XC-01', '李局长', '办公室', '张三', '13800138000'],
      ['XC-02', '李局长', '督查科', '李四', '12345'],
      ['XC-03', '赵副局长', '机关党委', '王五', '0571-87654321'],
      ['XC-09', '赵副局长', '人事科', '钱六', '13900139000'],
    ],
    任务清单: [
      ['任务编号', '问题编号', '整改措施', '责任人', '完成时限', '完成状态'],
      ['T-01', 'XC-01', '制定专题学习计划，每月集中学习一次', '张三', '1个月', '进行中'],
      ['T-02', 'XC-02', '清理规范督查检查考核事项', '李四', '30天', '进行中'],
      ['T-03', 'XC-03', '补齐会议记录并建立台账', '王五', '立行立改', '已完成'],
      ['T-04', 'XC-07', '指向不存在问题的任务', '赵七', '2周', '未开始'],
    ],
  });
}
