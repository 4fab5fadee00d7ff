/** The words of the demo's clues: what clues are about, what came of them, where they went, the limits given. */
import { DEFAULT_LISTS, type Lang } from '../engine';

/** 线索摘要 (internal; the public report never shows them). */
export const CLUE_SUMMARIES = [
  '反映某科室负责人违规收受管理服务对象礼金',
  '工程项目招投标疑似围标串标',
  '干部选拔任用中涉嫌违规提拔',
  '专项资金被挤占挪用',
  '违规发放津贴补贴',
  '公务用车私用',
  '下属企业经营管理人员利益输送',
  '群众反映低保审核把关不严',
  '执法人员吃拿卡要',
  '违规兼职取酬',
];

/** 办理结果 (internal). */
export const CLUE_RESULTS = [
  '给予党内警告处分',
  '诫勉谈话',
  '已立案审查，移送司法机关',
  '责令退还违规资金',
  '经核查，反映问题不属实，已澄清',
  '批评教育并责令作出书面检查',
];

/** The bodies clues go to (the default 移交对象 list, without 其他). */
export const RECEIVERS = DEFAULT_LISTS.receiver.values.filter((v) => v.code !== 'other');

/** 办理时限 as offices write them. */
export function clueLimits(lang: Lang): string[] {
  return lang === 'zh'
    ? ['30天', '1个月', '2个月', '3个月', '20个工作日', '30个工作日']
    : ['30 days', '1 month', '2 months', '3 months', '20 working days', '30 working days'];
}
