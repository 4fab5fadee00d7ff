/**
 * The workbook layout of PRODUCT §2: the three list sheets and their columns,
 * the hidden helper sheets and the generated sheets, in Chinese and English.
 * Both adapters (Office.js and ExcelJS) write exactly this; import and init
 * recognise every header and alias listed here, in any order.
 */
import type { Lang } from '../../i18n/index';

export type ListSheetId = 'problems' | 'responsibilities' | 'tasks';
export type HelperSheetId = 'lists' | 'calendar' | 'settings' | 'log';
export type GeneratedSheetId = 'ledger' | 'stats' | 'supervision';
export type SheetId = ListSheetId | HelperSheetId | GeneratedSheetId;

/** Dropdown lists kept in `_lists` (editable by the user). */
export type ListId = 'category' | 'severity' | 'kind' | 'problemStatus' | 'taskStatus';

export type ColumnType =
  | 'text'
  | 'date'
  /** A value that must come from a `_lists` list. */
  | 'list'
  /** A 整改时限 (time limit, PRODUCT §3). */
  | 'limit'
  | 'phone'
  | 'integer';

export interface Bilingual {
  zh: string;
  en: string;
}

export interface ColumnDef {
  /** Stable identifier used by the engine, never shown. */
  key: string;
  header: Bilingual;
  /** Other headers meaning the same column (legacy ledgers, other templates). */
  aliases: string[];
  type: ColumnType;
  required: boolean;
  list?: ListId;
  /**
   * Filled by the engine. 'deadline' columns may also be typed by hand when the
   * time limit is empty (that value is the user's and is kept).
   */
  computed?: 'deadline' | 'alert' | 'counter';
  /** Column width in Excel character units. */
  width: number;
  /** The header note (comment) explaining the column. */
  note: Bilingual;
}

export interface ListSheetDef {
  id: ListSheetId;
  name: Bilingual;
  /** Excel table name (ASCII: table names are identifiers in formulas, also in WPS). */
  tableName: string;
  columns: ColumnDef[];
}

const col = (
  key: string,
  zh: string,
  en: string,
  type: ColumnType,
  opts: Partial<Omit<ColumnDef, 'key' | 'header' | 'type'>> & { noteZh: string; noteEn: string },
): ColumnDef => ({
  key,
  header: { zh, en },
  aliases: opts.aliases ?? [],
  type,
  required: opts.required ?? false,
  list: opts.list,
  computed: opts.computed,
  width: opts.width ?? (type === 'date' ? 12 : 14),
  note: { zh: opts.noteZh, en: opts.noteEn },
});

export const PROBLEMS: ListSheetDef = {
  id: 'problems',
  name: { zh: '问题清单', en: 'Problems' },
  tableName: 'Problems',
  columns: [
    col('id', '问题编号', 'Problem ID', 'text', {
      required: true,
      width: 12,
      aliases: ['编号', '序号', 'ID', '问题序号'],
      noteZh: '必填。每个问题唯一的编号，如 XC-2025-001。责任清单和任务清单用它关联问题。',
      noteEn: 'Required. A unique ID per problem, e.g. XC-2025-001. The other lists refer to problems by it.',
    }),
    col('round', '巡察轮次', 'Round', 'text', {
      width: 18,
      aliases: ['巡视轮次', '轮次', '巡察批次', '问题来源', 'Inspection round'],
      noteZh: '如：十三届市委第一轮巡察。',
      noteEn: 'e.g. the first round of the 13th municipal committee.',
    }),
    col('inspectedUnit', '被巡察单位', 'Inspected unit', 'text', {
      required: true,
      width: 16,
      aliases: ['被巡视单位', '被审计单位', '单位名称', '单位', '所属责任公司', '所属公司', '被审计公司', 'Unit'],
      noteZh: '必填。接受巡察的单位。',
      noteEn: 'Required. The unit that was inspected.',
    }),
    col('category', '问题类别', 'Category', 'list', {
      list: 'category',
      width: 14,
      aliases: ['问题分类', '问题类型', '类别', 'Problem category'],
      noteZh: '从下拉列表选择；列表可在隐藏表 _lists 中修改。',
      noteEn: 'Pick from the list; the list can be edited in the hidden _lists sheet.',
    }),
    col('description', '问题描述', 'Description', 'text', {
      required: true,
      width: 40,
      aliases: ['问题简述', '问题内容', '存在问题', '发现问题', '问题表现', 'Problem', 'Problem description'],
      noteZh: '必填。巡察反馈指出的问题。',
      noteEn: 'Required. The problem as stated in the feedback.',
    }),
    col('severity', '问题等级', 'Severity', 'list', {
      list: 'severity',
      width: 10,
      aliases: ['问题性质', '严重程度', '等级'],
      noteZh: '重大 / 一般 / 轻微。',
      noteEn: 'Major / Ordinary / Minor.',
    }),
    col('kind', '整改类型', 'Kind', 'list', {
      list: 'kind',
      width: 12,
      aliases: ['整改方式', 'Rectification kind'],
      noteZh: '立行立改 / 限期整改 / 长期坚持。',
      noteEn: 'Immediate / Time-limited / Ongoing.',
    }),
    col('feedbackDate', '反馈日期', 'Feedback date', 'date', {
      required: true,
      aliases: ['反馈时间', '巡察反馈日期', '发现时间', 'Feedback'],
      noteZh: '必填。巡察组反馈问题的日期，整改时限从次日起算。',
      noteEn: 'Required. The day the findings were handed over; the time limit counts from the next day.',
    }),
    col('timeLimit', '整改时限', 'Time limit', 'limit', {
      width: 14,
      aliases: ['完成时限', '整改时间要求', 'Limit'],
      noteZh: '如：10个工作日、30天、1个月、年底前、立行立改、长期坚持，或一个日期。',
      noteEn: 'e.g. 10个工作日 / 10 working days, 30 days, 1 month, end of year, immediate, ongoing, or a date.',
    }),
    col('deadline', '整改期限', 'Deadline', 'date', {
      computed: 'deadline',
      aliases: ['目标设定完成时间', '计划完成时间', '整改截止日期', '截止日期', 'Due date'],
      noteZh: '自动计算 = 反馈日期 + 整改时限（按法定节假日和调休）。整改时限为空时可手工填写，手填值会保留。',
      noteEn:
        'Computed = feedback date + time limit (official holidays and make-up days). Type it by hand only when the time limit is empty; a typed value is kept.',
    }),
    col('status', '整改状态', 'Status', 'list', {
      required: true,
      list: 'problemStatus',
      width: 11,
      aliases: ['整改情况', '是否整改完成', '状态', 'Rectification status'],
      noteZh: '必填。未启动 / 整改中 / 待审核 / 已销号 / 退回重改。销号需经审核。',
      noteEn: 'Required. Not started / In progress / Pending review / Closed / Sent back. Closing needs a review.',
    }),
    col('completedOn', '完成日期', 'Completed on', 'date', {
      aliases: ['整改完成时间', '整改完成日期', '实际完成时间', 'Completion date'],
      noteZh: '整改实际完成的日期，不能晚于今天。',
      noteEn: 'The day the rectification was finished; not in the future.',
    }),
    col('closedOn', '销号日期', 'Closed on', 'date', {
      aliases: ['销号时间', '销账日期', 'Close date'],
      noteZh: '审核通过、销号的日期。',
      noteEn: 'The day the item was reviewed and closed out.',
    }),
    col('reviewer', '审核人', 'Reviewer', 'text', {
      width: 10,
      aliases: ['验收负责人', '验收人', '审核', 'Reviewed by'],
      noteZh: '销号时必填。',
      noteEn: 'Required when closing.',
    }),
    col('result', '整改成效', 'Result', 'text', {
      width: 30,
      aliases: ['整改结果', '整改效果', '整改完成情况'],
      noteZh: '整改取得的成效。',
      noteEn: 'What the rectification achieved.',
    }),
    col('rejections', '退回次数', 'Times sent back', 'integer', {
      computed: 'counter',
      width: 9,
      aliases: ['Rejections'],
      noteZh: '审核退回重改的次数（由“退回重改”操作累加）。',
      noteEn: 'How often the review sent the item back (counted by the send-back action).',
    }),
    col('rejectReason', '退回原因', 'Reason sent back', 'text', {
      width: 24,
      aliases: ['Rejection reason'],
      noteZh: '最近一次退回重改的原因。',
      noteEn: 'Why the item was last sent back.',
    }),
    col('reminders', '督办次数', 'Reminders', 'integer', {
      computed: 'counter',
      width: 9,
      aliases: ['督办轮次'],
      noteZh: '已发提醒督办函的次数。',
      noteEn: 'How many reminder letters have been sent.',
    }),
    col('alert', '预警', 'Alert', 'text', {
      computed: 'alert',
      width: 16,
      aliases: ['预警状态', '预警信息'],
      noteZh: '自动计算：已逾期 / 临期 / 正常 / 按期销号 / 逾期销号 / 长期坚持。',
      noteEn: 'Computed: overdue / due soon / on track / closed on time / closed late / ongoing.',
    }),
    col('notes', '备注', 'Notes', 'text', {
      width: 20,
      aliases: ['说明', 'Remarks', 'Note'],
      noteZh: '其他说明。',
      noteEn: 'Anything else.',
    }),
  ],
};

export const RESPONSIBILITIES: ListSheetDef = {
  id: 'responsibilities',
  name: { zh: '责任清单', en: 'Responsibilities' },
  tableName: 'Responsibilities',
  columns: [
    col('problemId', '问题编号', 'Problem ID', 'text', {
      required: true,
      width: 12,
      aliases: ['编号', 'ID'],
      noteZh: '必填，须是问题清单中已有的编号。',
      noteEn: 'Required; must be an ID in the problem list.',
    }),
    col('leader', '牵头领导', 'Leading official', 'text', {
      required: true,
      width: 12,
      aliases: ['整改责任领导', '责任领导', '分管领导', 'Leader'],
      noteZh: '必填。“一个问题、一名领导”。',
      noteEn: 'Required. One problem, one leading official.',
    }),
    col('unit', '责任单位', 'Responsible unit', 'text', {
      required: true,
      width: 16,
      aliases: ['整改责任单位', '责任部门', '牵头单位', '整改责任部门', 'Unit'],
      noteZh: '必填。',
      noteEn: 'Required.',
    }),
    col('person', '责任人', 'Responsible person', 'text', {
      required: true,
      width: 10,
      aliases: ['整改责任人', '具体责任人', 'Person'],
      noteZh: '必填。',
      noteEn: 'Required.',
    }),
    col('supportUnits', '配合单位', 'Supporting units', 'text', {
      width: 16,
      aliases: ['协办单位', '配合部门'],
      noteZh: '多个单位用顿号分隔。',
      noteEn: 'Separate several units with 、 or commas.',
    }),
    col('duty', '职责分工', 'Duty', 'text', {
      width: 24,
      aliases: ['分工', '职责'],
      noteZh: '各方承担的具体职责。',
      noteEn: 'Who does what.',
    }),
    col('phone', '联系电话', 'Phone', 'phone', {
      width: 14,
      aliases: ['电话', '手机', '联系方式'],
      noteZh: '手机号（11位）或固定电话（如 010-12345678）。',
      noteEn: 'A mobile (11 digits) or landline (e.g. 010-12345678).',
    }),
  ],
};

export const TASKS: ListSheetDef = {
  id: 'tasks',
  name: { zh: '任务清单', en: 'Tasks' },
  tableName: 'Tasks',
  columns: [
    col('id', '任务编号', 'Task ID', 'text', {
      required: true,
      width: 14,
      aliases: ['措施编号', 'ID'],
      noteZh: '必填。每条整改措施唯一的编号，如 XC-2025-001-1。',
      noteEn: 'Required. A unique ID per measure, e.g. XC-2025-001-1.',
    }),
    col('problemId', '问题编号', 'Problem ID', 'text', {
      required: true,
      width: 12,
      aliases: [],
      noteZh: '必填，须是问题清单中已有的编号。',
      noteEn: 'Required; must be an ID in the problem list.',
    }),
    col('measure', '整改措施', 'Measure', 'text', {
      required: true,
      width: 40,
      aliases: ['整改计划及措施', '具体措施', '整改举措', 'Action'],
      noteZh: '必填。具体的整改措施。',
      noteEn: 'Required. The concrete measure.',
    }),
    col('unit', '责任单位', 'Responsible unit', 'text', {
      width: 16,
      aliases: ['责任部门', 'Unit'],
      noteZh: '负责这条措施的单位。',
      noteEn: 'The unit in charge of this measure.',
    }),
    col('person', '责任人', 'Responsible person', 'text', {
      width: 10,
      aliases: ['整改责任人', 'Person'],
      noteZh: '负责这条措施的人。',
      noteEn: 'The person in charge of this measure.',
    }),
    col('timeLimit', '完成时限', 'Time limit', 'limit', {
      width: 14,
      aliases: ['整改时限'],
      noteZh: '从所属问题的反馈日期起算，写法同问题清单。',
      noteEn: 'Counted from the problem’s feedback date; same forms as in the problem list.',
    }),
    col('deadline', '计划完成日期', 'Deadline', 'date', {
      computed: 'deadline',
      width: 13,
      aliases: ['计划完成时间', '整改期限'],
      noteZh: '自动计算；完成时限为空时可手工填写。不应晚于所属问题的整改期限。',
      noteEn: 'Computed; type it only when the time limit is empty. Should not be after the problem’s deadline.',
    }),
    col('progress', '进展情况', 'Progress', 'text', {
      width: 30,
      aliases: ['整改进展', '完成情况', '推进情况'],
      noteZh: '最新进展。',
      noteEn: 'Latest progress.',
    }),
    col('status', '完成状态', 'Status', 'list', {
      required: true,
      list: 'taskStatus',
      width: 10,
      aliases: ['任务状态', '措施状态'],
      noteZh: '必填。未开始 / 进行中 / 已完成。',
      noteEn: 'Required. Not started / In progress / Done.',
    }),
    col('doneOn', '实际完成日期', 'Done on', 'date', {
      width: 13,
      aliases: ['完成日期', '实际完成时间'],
      noteZh: '实际完成的日期，不能晚于今天。',
      noteEn: 'The day it was done; not in the future.',
    }),
    col('evidence', '佐证材料', 'Evidence', 'text', {
      width: 24,
      aliases: ['证明材料', '佐证资料'],
      noteZh: '证明整改到位的材料名称或位置。',
      noteEn: 'What proves the fix, or where it is filed.',
    }),
    col('alert', '预警', 'Alert', 'text', {
      computed: 'alert',
      width: 16,
      aliases: [],
      noteZh: '自动计算：已逾期 / 临期 / 正常 / 按期完成 / 逾期完成 / 长期坚持。',
      noteEn: 'Computed: overdue / due soon / on track / done on time / done late / ongoing.',
    }),
  ],
};

export const LIST_SHEETS: readonly ListSheetDef[] = [PROBLEMS, RESPONSIBILITIES, TASKS];

export function listSheet(id: ListSheetId): ListSheetDef {
  return id === 'problems' ? PROBLEMS : id === 'responsibilities' ? RESPONSIBILITIES : TASKS;
}

export function columnOf(sheet: ListSheetDef, key: string): ColumnDef {
  const c = sheet.columns.find((x) => x.key === key);
  if (!c) throw new Error(`no column ${key} in ${sheet.id}`);
  return c;
}

/** Hidden helper sheets keep fixed ASCII-safe names in both languages: formulas refer to them. */
export const HELPER_SHEET_NAMES: Record<HelperSheetId, string> = {
  lists: '_lists',
  calendar: '_calendar',
  settings: '_settings',
  log: '_log',
};

export const GENERATED_SHEET_NAMES: Record<GeneratedSheetId, Bilingual> = {
  ledger: { zh: '整改台账', en: 'Ledger' },
  stats: { zh: '统计', en: 'Statistics' },
  supervision: { zh: '督办清单', en: 'Supervision' },
};

/** A dropdown value: its stable code and its text in each language. */
export interface ListValue {
  code: string;
  zh: string;
  en: string;
}

const v = (code: string, zh: string, en: string): ListValue => ({ code, zh, en });

export const PROBLEM_STATUS = {
  notStarted: v('notStarted', '未启动', 'Not started'),
  inProgress: v('inProgress', '整改中', 'In progress'),
  pendingReview: v('pendingReview', '待审核', 'Pending review'),
  closed: v('closed', '已销号', 'Closed'),
  rejected: v('rejected', '退回重改', 'Sent back'),
} as const;

export const TASK_STATUS = {
  notStarted: v('notStarted', '未开始', 'Not started'),
  inProgress: v('inProgress', '进行中', 'In progress'),
  done: v('done', '已完成', 'Done'),
} as const;

/** The default contents of `_lists`; users may add categories (and only categories) freely. */
export const DEFAULT_LISTS: Record<ListId, { header: Bilingual; values: ListValue[] }> = {
  category: {
    header: { zh: '问题类别', en: 'Category' },
    values: [
      v('political', '政治建设', 'Political'),
      v('ideological', '思想建设', 'Ideological'),
      v('organizational', '组织建设', 'Organizational'),
      v('conduct', '作风建设', 'Conduct'),
      v('discipline', '纪律建设', 'Discipline'),
      v('antiCorruption', '反腐败斗争', 'Anti-corruption'),
      v('appointments', '选人用人', 'Appointments'),
      v('grassroots', '基层党建', 'Grassroots Party building'),
      v('rectification', '巡察整改', 'Earlier rectification'),
      v('other', '其他', 'Other'),
    ],
  },
  severity: {
    header: { zh: '问题等级', en: 'Severity' },
    values: [v('major', '重大', 'Major'), v('ordinary', '一般', 'Ordinary'), v('minor', '轻微', 'Minor')],
  },
  kind: {
    header: { zh: '整改类型', en: 'Kind' },
    values: [
      v('immediate', '立行立改', 'Immediate'),
      v('timeLimited', '限期整改', 'Time-limited'),
      v('ongoing', '长期坚持', 'Ongoing'),
    ],
  },
  problemStatus: { header: { zh: '整改状态', en: 'Status' }, values: Object.values(PROBLEM_STATUS) },
  taskStatus: { header: { zh: '完成状态', en: 'Task status' }, values: Object.values(TASK_STATUS) },
};

export const LIST_IDS = Object.keys(DEFAULT_LISTS) as ListId[];

/** Normalises a header for matching: no spaces, no line breaks, no '*', half-width, lower case. */
export function normalizeHeader(text: unknown): string {
  return String(text ?? '')
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s*＊:：()（）]/g, '')
    .toLowerCase();
}

/** Finds the column a header means, by its Chinese or English name or an alias. */
export function matchColumn(sheet: ListSheetDef, header: unknown): ColumnDef | undefined {
  const h = normalizeHeader(header);
  if (!h) return undefined;
  return (
    sheet.columns.find((c) => normalizeHeader(c.header.zh) === h || normalizeHeader(c.header.en) === h) ??
    sheet.columns.find((c) => c.aliases.some((a) => normalizeHeader(a) === h))
  );
}

export function sheetName(def: { name: Bilingual }, lang: Lang): string {
  return def.name[lang];
}
