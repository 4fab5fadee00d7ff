/**
 * What the record command says (src/engine/record, src/engine/evidence; docs/EVIDENCE.md): its refusals, what it
 * did, its notes. Loaded by the command's own code and the command line, not by the pane's first download: the
 * pane's 记录进展 panel brings it when opened.
 */
import type { Entry } from '../translate';
import { translator } from '../translate';

export const RECORD_COMMAND_MESSAGES = {
  // ---- refusals
  'record.noTasks': {
    zh: '工作簿中没有“{sheet}”表，无法记录措施进展。请先运行“建立台账结构”（rectify init）。',
    en: 'The workbook has no "{sheet}" sheet, so no measure can be recorded. Set up the ledger first (rectify init).',
  },
  'record.idRequired': {
    zh: '请用 --measure 指定任务编号（任务清单的“任务编号”列）。',
    en: 'Name the measure with --measure (its Task ID in the Tasks sheet).',
  },
  'record.notFound': {
    zh: '“{sheet}”表中没有任务编号为“{id}”的措施。{near}',
    en: 'The "{sheet}" sheet has no measure with the Task ID "{id}". {near}',
  },
  'record.near': { zh: '相近的编号：{ids}。', en: 'Close matches: {ids}.' },
  'record.noNear': {
    zh: '请核对任务清单的“任务编号”列。',
    en: 'Check the Task ID column of the Tasks sheet.',
  },
  'record.duplicate': {
    zh: '“{sheet}”表中任务编号“{id}”出现在多行（第 {rows} 行），无法确定记录到哪一行。请先把编号改为唯一。',
    en: 'The Task ID "{id}" is on several rows of "{sheet}" (rows {rows}): it is not clear which to record. Make the IDs unique first.',
  },
  'record.nothing': {
    zh: '没有要记录的内容：请给出进展情况（--progress）、完成日期（--done）或佐证材料（--evidence）中的至少一项。',
    en: 'Nothing to record: give the progress (--progress), the date it was done (--done) or evidence (--evidence).',
  },
  'record.doneFuture': {
    zh: '措施 {id} 的完成日期 {date} 晚于今天（{today}）。完成日期不能在将来，请填写实际完成的日期。',
    en: 'The date {date} given for measure {id} is after today ({today}). A measure cannot be done in the future: give the real date.',
  },
  'record.closedProblem': {
    zh: '措施 {id} 所属的问题 {problem} 已销号（{closedOn}），不再记录进展。如需重新整改，请先退回。',
    en: 'Measure {id} belongs to problem {problem}, closed on {closedOn}: no more progress is recorded on it. Reopen it first if it needs more work.',
  },
  'record.mergedCell': {
    zh: '“{sheet}”表的 {cell} 单元格被合并单元格遮住，无法写入。请先取消合并。',
    en: 'Cell {cell} of "{sheet}" is hidden by a merged cell and cannot be written. Unmerge it first.',
  },
  // ---- what was done
  'record.done': {
    zh: '已记录措施 {id}（问题 {problem}，{sheet} 第 {row} 行）：{what}。',
    en: 'Recorded measure {id} (problem {problem}, {sheet} row {row}): {what}.',
  },
  'record.what.progress': { zh: '进展情况已更新', en: 'progress updated' },
  'record.what.done': { zh: '已完成（{date}）', en: 'done ({date})' },
  'record.what.started': { zh: '完成状态改为“{status}”', en: 'status set to "{status}"' },
  'record.what.evidence': { zh: '佐证材料新增 {n} 份', en: '{n} evidence file(s) added' },
  'record.what.evidenceKnown': {
    zh: '{n} 份佐证材料已在列表中，未重复添加',
    en: '{n} evidence file(s) already listed, not added again',
  },
  'record.what.fingerprints': { zh: '登记指纹 {n} 份', en: '{n} fingerprint(s) recorded' },
  'record.what.nothing': { zh: '内容与原来相同，未作改动', en: 'nothing changed' },
  'record.problemStarted': {
    zh: '问题 {problem} 的整改状态由“{from}”改为“{to}”。',
    en: 'Problem {problem}: status changed from "{from}" to "{to}".',
  },
  'record.problemAllDone': {
    zh: '问题 {problem} 的 {n} 条措施已全部完成，完成日期记为 {date}。提交审核和销号仍由办公室办理（rectify submit / close）。',
    en: 'All {n} measures of problem {problem} are done; its completion date is {date}. Submitting for review and closing remain the office’s steps (rectify submit / close).',
  },
  'record.doneBeforeFeedback': {
    zh: '提醒：措施 {id} 的完成日期 {date} 早于问题的反馈日期 {feedback}，请核对。',
    en: 'Note: measure {id} is recorded done on {date}, before the problem’s feedback date {feedback}. Please check.',
  },
  'record.evidenceOutside': {
    zh: '提醒：佐证材料“{item}”不在台账所在文件夹内，台账拷贝到别处后将找不到它。建议把材料放到台账文件夹（或其子文件夹）中。',
    en: 'Note: the evidence "{item}" is not inside the ledger’s folder and will not be found once the ledger is copied elsewhere. Keep evidence in the ledger’s folder or below it.',
  },
  'fingerprint.done': {
    zh: '已为 {n} 份佐证材料登记指纹（{sheet} 表）；{missing} 份找不到文件；{urls} 项为链接或文字说明，不登记指纹。',
    en: 'Fingerprinted {n} evidence file(s) (sheet {sheet}); {missing} not found; {urls} link(s) or notes in words have no fingerprint.',
  },
} as const satisfies Record<string, Entry>;

export type RecordCommandKey = keyof typeof RECORD_COMMAND_MESSAGES;

/** Renders a message of the record command. */
export const tRecord = /*#__PURE__*/ translator(RECORD_COMMAND_MESSAGES);
