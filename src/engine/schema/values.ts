/** Dropdown values: statuses, kinds, severities and the default categories of `_lists` (docs/STATUS.md). */
import type { Bilingual } from './sheets';

/** Dropdown lists kept in `_lists` (editable by the user). */
export type ListId =
  | 'category'
  | 'severity'
  | 'kind'
  | 'problemStatus'
  | 'taskStatus'
  /** 移交对象: the bodies clues are handed over to (users add their own, like categories). */
  | 'receiver'
  | 'clueStatus'
  | 'reportResult';

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

/** 移交清单 状态: handed over and not yet signed for, being handled, finished (docs/STATUS.md). */
export const CLUE_STATUS = {
  awaiting: v('awaiting', '待签收', 'Awaiting signature'),
  handling: v('handling', '办理中', 'Being handled'),
  finished: v('finished', '已办结', 'Finished'),
} as const;

/** 整改报告 审核结果: passed, or sent back to be rewritten (打回重写). */
export const REPORT_RESULT = {
  passed: v('passed', '通过', 'Passed'),
  rejected: v('rejected', '打回重写', 'Sent back'),
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
  receiver: {
    header: { zh: '移交对象', en: 'Transferred to' },
    values: [
      v('discipline', '纪委监委', 'Discipline commission'),
      v('organization', '组织部门', 'Organisation department'),
      v('audit', '审计部门', 'Audit office'),
      v('police', '公安机关', 'Police'),
      v('petitions', '信访部门', 'Petitions office'),
      v('other', '其他', 'Other'),
    ],
  },
  clueStatus: { header: { zh: '线索状态', en: 'Clue status' }, values: Object.values(CLUE_STATUS) },
  reportResult: { header: { zh: '审核结果', en: 'Review result' }, values: Object.values(REPORT_RESULT) },
};

export const LIST_IDS = Object.keys(DEFAULT_LISTS) as ListId[];
