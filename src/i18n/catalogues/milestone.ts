/** 整改期满日 as a milestone (ledger/milestones.ts): 督办清单, the letters, the progress report. */
import type { Entry } from '../translate';

export const MILESTONE_MESSAGES = {
  'milestone.rowsAdded': {
    zh: '整改报告：为 {n} 个被巡察单位新增一行：{units}。',
    en: 'Unit reports: a row added for {n} inspected unit(s): {units}.',
  },
  'milestone.in': { zh: '已报送', en: 'Report in' },
  'milestone.left': { zh: '还有{n}天', en: '{n} day(s) left' },
  'milestone.today': { zh: '今天到期', en: 'Due today' },
  'milestone.passed': { zh: '已过{n}天，未报送', en: '{n} day(s) passed, not in' },
  'milestone.letter.left': {
    zh: '你单位整改报告应于{date}前报送，还有{n}天。',
    en: 'Your unit’s rectification report is due by {date}: {n} day(s) left.',
  },
  'milestone.letter.today': {
    zh: '你单位整改报告应于今日（{date}）报送。',
    en: 'Your unit’s rectification report is due today ({date}).',
  },
  'milestone.letter.passed': {
    zh: '你单位整改报告应于{date}前报送，已过{n}天仍未报送，请立即报送。',
    en: 'Your unit’s rectification report was due by {date}, {n} day(s) ago, and has not come in: send it at once.',
  },
  'milestone.sup.heading': {
    zh: '整改期满日（整改报告报送节点，巡视工作条例第二十七条：反馈后两个月内报送）',
    en: 'Rectification period ends (the units’ reports are due within two months of the feedback)',
  },
  'milestone.sup.type': { zh: '期满节点', en: 'Milestone' },
  'milestone.sup.id': { zh: '整改期满日', en: 'Period ends' },
  'milestone.sup.text': { zh: '整改报告应于{date}前报送', en: 'Rectification report due by {date}' },
  'milestone.progress.h': { zh: '整改期满日节点', en: 'Period-end milestones' },
  'milestone.progress.intro': {
    zh: '各被巡察单位的整改期满日（整改报告应报送之日）及剩余天数，截至{date}：',
    en: 'Each inspected unit’s period end (when its rectification report is due) and the days left, as of {date}:',
  },
  'milestone.col.unit': { zh: '被巡察单位', en: 'Inspected unit' },
  'milestone.col.deadline': { zh: '整改期满日', en: 'Period ends' },
  'milestone.col.days': { zh: '剩余 / 已过天数', en: 'Days left / passed' },
} as const satisfies Record<string, Entry>;
