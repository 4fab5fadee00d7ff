/** `rectify extend`: help and output (docs/EXTENSIONS.md). */
import type { Entry } from '../translate';

export const EXTENSIONS_CLI_MESSAGES = {
  'extensions.cli.description': {
    zh: '申请延期：登记某个问题的延期申请（--asked、--until、--reason），或审批最近一项待审批的申请（--approve / --refuse）',
    en: 'Extensions: record a request to extend a problem’s deadline (--asked, --until, --reason), or decide its latest undecided request (--approve / --refuse)',
  },
  'extensions.cli.opt.problem': { zh: '问题编号', en: 'the problem ID' },
  'extensions.cli.opt.asked': { zh: '申请日期（登记申请）', en: 'the date of the request (records a request)' },
  'extensions.cli.opt.reason': { zh: '延期理由（登记申请时必填）', en: 'why (required with a request)' },
  'extensions.cli.opt.until': {
    zh: '申请期限（登记申请时必填）；批准时为批准期限，缺省按申请期限',
    en: 'the date asked for (required with a request); with --approve the date granted, by default the one asked for',
  },
  'extensions.cli.opt.unit': {
    zh: '申请单位（缺省为该问题的第一个责任单位）',
    en: 'the unit asking (default: the problem’s first responsible unit)',
  },
  'extensions.cli.opt.approve': { zh: '批准最近一项待审批的申请', en: 'approve the latest undecided request' },
  'extensions.cli.opt.refuse': {
    zh: '不批准最近一项待审批的申请（需 --by）',
    en: 'refuse the latest undecided request (needs --by)',
  },
  'extensions.cli.opt.by': { zh: '审批人', en: 'who decides' },
  'extensions.cli.opt.on': {
    zh: '审批日期（缺省为 --today 或今天）',
    en: 'the date of the decision (default --today, or today)',
  },
  'extensions.cli.oneMode': {
    zh: '请在登记申请（--asked）、批准（--approve）和不批准（--refuse）中选择一项。',
    en: 'Choose one of: record a request (--asked), --approve, or --refuse.',
  },
  'extensions.cli.needs': {
    zh: '登记延期申请还需要 {options}。',
    en: 'Recording a request also needs {options}.',
  },
  'extensions.cli.refuseBy': { zh: '不批准时请用 --by 写明审批人。', en: 'Give who refused it with --by.' },
  'extensions.cli.notWithRequest': {
    zh: '{option} 只用于审批（--approve / --refuse）。',
    en: '{option} is only for a decision (--approve / --refuse).',
  },
  'extensions.cli.requested': {
    zh: '问题 {id}：延期申请已登记（“{sheet}”第 {row} 行），申请延至 {until}，待审批；现行整改期限 {before} → {after}。',
    en: 'Problem {id}: extension request recorded ("{sheet}" row {row}), asking until {until}, awaiting a decision; working deadline {before} → {after}.',
  },
  'extensions.cli.duplicate': {
    zh: '问题 {id}：同一延期申请已在“{sheet}”第 {row} 行，未重复登记。',
    en: 'Problem {id}: the same request is already on "{sheet}" row {row}; not recorded again.',
  },
  'extensions.cli.approved': {
    zh: '问题 {id}：已批准延期（“{sheet}”第 {row} 行）；现行整改期限 {before} → {after}（原整改期限 {original}）。',
    en: 'Problem {id}: extension approved ("{sheet}" row {row}); working deadline {before} → {after} (original deadline {original}).',
  },
  'extensions.cli.refused': {
    zh: '问题 {id}：延期申请不予批准（“{sheet}”第 {row} 行）；现行整改期限 {before} → {after}（不变）。',
    en: 'Problem {id}: extension refused ("{sheet}" row {row}); working deadline {before} → {after} (unchanged).',
  },
  'extensions.cli.reportExtended': {
    zh: '另有 {n} 个问题经批准延期、未超过批准期限（已延期，不计入逾期）。',
    en: 'A further {n} problem(s) under an approved extension, not past it (extended, not counted as overdue).',
  },
  'extensions.cli.none': { zh: '无', en: 'none' },
} as const satisfies Record<string, Entry>;
