/** 销号抽查 (src/engine/spotcheck): the batch label, the dropdown, the handling texts, the reasons, the errors. */
import type { Entry } from '../translate';

export const SPOTCHECK_MESSAGES = {
  'log.action.spotcheck': { zh: '销号抽查', en: 'spot check drawn' },
  'log.action.spotcheckApply': { zh: '执行抽查结论', en: 'spot check applied' },
  'spotcheck.sheetName': { zh: '抽查清单', en: 'Spot checks' },
  'spotcheck.batch': { zh: '{date} 种子{seed} 比例{ratio}', en: '{date} seed {seed} ratio {ratio}' },
  'spotcheck.validation.title': { zh: '不在列表中', en: 'Not in the list' },
  'spotcheck.validation.message': { zh: '结论请填写：{words}。', en: 'Type one of: {words}.' },
  'spotcheck.handled.kept': { zh: '维持销号（{date}）', en: 'Closed stands ({date})' },
  'spotcheck.handled.sentBack': { zh: '已退回重改（{date}）', en: 'Sent back ({date})' },
  'spotcheck.reason.untrue': { zh: '抽查不属实：{note}', en: 'Spot check, not true: {note}' },
  'spotcheck.reason.relapsed': { zh: '抽查反弹：{note}', en: 'Spot check, relapsed: {note}' },
  'spotcheck.stats.col': { zh: '抽查发现', en: 'Spot-check findings' },
  'spotcheck.stats.def': {
    zh: '抽查发现：抽查清单中结论为“不属实”或“反弹”（抽查日期不晚于截至日期）的问题数，每个问题计一次；执行结论后这些问题退回重改。',
    en: 'Spot-check findings: problems a row of Spot checks concludes Not true or Relapsed (checked on or before the as-of date), each counted once; applying the conclusions sends them back.',
  },
  'spotcheck.noSheet': {
    zh: '工作簿中没有“{sheet}”表：先抽取一批（rectify spotcheck 台账 --ratio 10% --seed 1 -o …），填写结论后再执行。',
    en: 'The workbook has no "{sheet}" sheet: draw a batch first (rectify spotcheck LEDGER --ratio 10% --seed 1 -o …), type the conclusions, then apply them.',
  },
  'spotcheck.apply.badConclusion': {
    zh: '{sheet} {cell}（第{row}行）：结论“{value}”不是 属实 / 不属实 / 反弹 之一，请从下拉列表选择。',
    en: '{sheet} {cell} (row {row}): conclusion "{value}" is none of Confirmed / Not true / Relapsed; pick one from the dropdown.',
  },
  'spotcheck.apply.noteRequired': {
    zh: '{sheet} {cell}（第{row}行）：问题 {id} 的结论要求退回重改，请在“说明”中写明核查发现的情况（写入退回原因）。',
    en: '{sheet} {cell} (row {row}): the conclusion for problem {id} sends it back; write what the check found in "Note" (it becomes the reason).',
  },
  'spotcheck.apply.unknownId': {
    zh: '{sheet} {cell}（第{row}行）：问题编号“{id}”不在问题清单中，请核对编号。',
    en: '{sheet} {cell} (row {row}): problem ID "{id}" is not in the problem list; check the ID.',
  },
  'spotcheck.apply.duplicate': {
    zh: '{sheet} {cell}（第{row}行）：问题编号“{id}”在问题清单中出现多次，请先使编号唯一。',
    en: '{sheet} {cell} (row {row}): problem ID "{id}" appears more than once in the problem list; make it unique first.',
  },
  'spotcheck.apply.notClosed': {
    zh: '{sheet} 第{row}行：问题 {id} 现为“{status}”，已不是已销号，未再退回；处理一栏留空。',
    en: '{sheet} row {row}: problem {id} is now "{status}", no longer closed; not sent back again, Handled left empty.',
  },
} as const satisfies Record<string, Entry>;
