/**
 * --mistakes: one violation of each check rule, each on its own problem. The
 * order of PLANTINGS is the order problems are taken in: changing it changes
 * where every later mistake lands.
 */
import {
  type CellValue,
  DEFAULT_LISTS,
  HELPER_SHEET_NAMES,
  PROBLEMS,
  RESPONSIBILITIES,
  SETTING_KEYS,
  TASK_STATUS,
  addDays,
  fromExcelSerial,
  t,
  toExcelSerial,
} from '../engine';
import type { Planter } from './planter';
import { isClosed, isOnTrack, isOpen, type Scenario } from './scenarios';
import type { Row } from './types';
import { DUTIES } from './words';

const strictlyOnTrack = (s: Scenario) => s === 'onTrack';

// ---- cells

function requiredEmpty(p: Planter): void {
  const row = p.problem(isOpen);
  row.description = null;
  p.mark('required', 'problems', row, 'description', p.text('问题描述留空', 'description left empty'));
}

function invalidDate(p: Planter): void {
  const row = p.problem(isOpen);
  row.completedOn = '2025年13月5日';
  p.mark(
    'date.invalid',
    'problems',
    row,
    'completedOn',
    p.text('完成日期写成“2025年13月5日”', 'completion date "2025年13月5日"'),
  );
}

function notInList(p: Planter): void {
  const row = p.problem(isOpen);
  row.category = p.text('其他问题', 'Misc');
  p.mark('list.invalid', 'problems', row, 'category', p.text('问题类别不在列表中', 'category not in the list'));
}

function invalidLimit(p: Planter): void {
  const task = p.tasksOf(p.pick(isOpen))[0];
  task.timeLimit = p.text('尽快', 'asap');
  p.mark('limit.invalid', 'tasks', task, 'timeLimit', p.text('完成时限写成“尽快”', 'time limit "asap"'));
}

function invalidNumber(p: Planter): void {
  const row = p.problem(isOpen);
  row.rejections = p.text('两次', 'twice');
  p.mark(
    'number.invalid',
    'problems',
    row,
    'rejections',
    p.text('退回次数写成文字', 'times sent back written as a word'),
  );
}

// ---- references

function duplicateId(p: Planter): void {
  const copy = { ...p.problem(isOnTrack) };
  p.lists.problems.push(copy);
  p.mark('id.duplicate', 'problems', copy, 'id', p.text('问题编号重复', 'duplicate problem ID'));
}

function missingProblem(p: Planter): void {
  const orphan: Row = {
    problemId: `XC-9999-9999`,
    leader: '周立新',
    unit: '办公室',
    person: '陈静',
    supportUnits: null,
    duty: DUTIES[1],
    phone: '13900001111',
  };
  p.lists.responsibilities.push(orphan);
  const what = p.text('责任清单指向不存在的问题', 'responsibility for a missing problem');
  p.mark('ref.missingProblem', 'responsibilities', orphan, 'problemId', what);
}

/** Removes, in place, the rows of a list that belong to a problem. */
function removeRowsOf(list: Row[], problemId: CellValue): void {
  for (let i = list.length - 1; i >= 0; i--) if (list[i].problemId === problemId) list.splice(i, 1);
}

function noLeader(p: Planter): void {
  const row = p.problem(isOpen);
  removeRowsOf(p.lists.responsibilities, row.id);
  const what = p.text('问题没有牵头领导（责任清单无此问题）', 'problem without a leading official');
  p.mark('problem.noLeader', 'problems', row, 'id', what);
}

function noTask(p: Planter): void {
  const row = p.problem(isOpen);
  removeRowsOf(p.lists.tasks, row.id);
  p.mark('problem.noTask', 'problems', row, 'id', p.text('问题没有整改措施', 'problem without a task'));
}

// ---- deadlines

/** A date typed as the time limit, 20 days before the feedback. */
function deadlineBeforeFeedback(p: Planter): void {
  const row = p.problem(isOnTrack);
  row.timeLimit = addDays(fromExcelSerial(row.feedbackDate as number), -20);
  row.kind = DEFAULT_LISTS.kind.values[1][p.ctx.lang];
  const what = p.text('整改期限早于反馈日期', 'deadline before the feedback date');
  p.mark('deadline.beforeFeedback', 'problems', row, 'deadline', what);
}

function deadlineMissing(p: Planter): void {
  const row = p.problem(isOnTrack);
  row.timeLimit = null;
  row.deadline = null;
  row.kind = DEFAULT_LISTS.kind.values[1][p.ctx.lang];
  const what = p.text('既无整改时限也无期限', 'neither time limit nor deadline');
  p.mark('deadline.missing', 'problems', row, 'timeLimit', what);
}

function taskAfterProblem(p: Planter): void {
  const i = p.pick(strictlyOnTrack);
  const task = p.tasksOf(i)[0];
  task.timeLimit = addDays(fromExcelSerial(p.lists.problems[i].deadline as number), 10);
  const what = p.text('措施期限晚于问题期限', 'task due after its problem');
  p.mark('task.deadlineAfterProblem', 'tasks', task, 'deadline', what);
}

// ---- closing

function closedWithoutDate(p: Planter): void {
  const row = p.problem(isClosed);
  row.closedOn = null;
  p.mark(
    'closed.noClosedOn',
    'problems',
    row,
    'closedOn',
    p.text('已销号但无销号日期', 'closed without a closing date'),
  );
}

function closedWithoutReviewer(p: Planter): void {
  const row = p.problem(isClosed);
  row.reviewer = null;
  p.mark('closed.noReviewer', 'problems', row, 'reviewer', p.text('已销号但无审核人', 'closed without a reviewer'));
}

function closedWithOpenTask(p: Planter): void {
  const i = p.pick(isClosed);
  Object.assign(p.tasksOf(i)[0], { status: TASK_STATUS.inProgress[p.ctx.lang], doneOn: null, evidence: null });
  const what = p.text('已销号但有未完成措施', 'closed with an unfinished task');
  p.mark('closed.openTasks', 'problems', p.lists.problems[i], 'status', what);
}

function completedButOpen(p: Planter): void {
  const row = p.problem(strictlyOnTrack);
  row.completedOn = toExcelSerial(addDays(p.ctx.today, -1));
  const what = p.text('填了完成日期但状态仍是整改中', 'completion date with an open status');
  p.mark('status.completedOpen', 'problems', row, 'completedOn', what);
}

function pendingWithoutDate(p: Planter): void {
  const row = p.problem((s) => s === 'pending');
  row.completedOn = null;
  p.mark(
    'status.pendingNoDate',
    'problems',
    row,
    'completedOn',
    p.text('待审核但没有完成日期', 'pending review without a completion date'),
  );
}

function futureDate(p: Planter): void {
  const task = p.tasksOf(p.pick(isClosed))[0];
  task.doneOn = toExcelSerial(addDays(p.ctx.today, 3));
  p.mark('date.future', 'tasks', task, 'doneOn', p.text('实际完成日期在将来', 'done date in the future'));
}

function invalidPhone(p: Planter): void {
  const id = p.problem(isOpen).id;
  const row = p.lists.responsibilities.find((r) => r.problemId === id)!;
  row.phone = '12345';
  p.mark('phone.invalid', 'responsibilities', row, 'phone', p.text('联系电话不是有效号码', 'phone number not valid'));
}

/** Marked now, edited once refresh has settled the deadline (finishMistakes). */
function editedComputed(p: Planter): void {
  const row = p.problem(strictlyOnTrack);
  const what = p.text('整改期限被手工改动', 'computed deadline edited by hand');
  p.mark('computed.edited', 'problems', row, 'deadline', what);
}

function uncoveredYear(p: Planter): void {
  const row = p.problem(strictlyOnTrack);
  row.timeLimit = p.text('10年', '10 years');
  const what = p.text('期限落在节假日日历未覆盖的年份', 'deadline in a year the calendar does not cover');
  p.mark('calendar.uncovered', 'problems', row, 'deadline', what);
}

// ---- evidence (佐证材料)

function evidenceNone(p: Planter): void {
  const task = p.tasksOf(p.pick(isClosed))[0];
  task.evidence = null;
  p.mark(
    'evidence.none',
    'tasks',
    task,
    'evidence',
    p.text('已完成的措施没有佐证材料', 'done measure without evidence'),
  );
}

function evidenceOutside(p: Planter): void {
  const task = p.tasksOf(p.pick(isOpen))[0];
  task.evidence = '../共享盘/会议纪要.pdf';
  const what = p.text('佐证材料在台账文件夹之外', 'evidence outside the ledger’s folder');
  p.mark('evidence.path', 'tasks', task, 'evidence', what);
}

function evidenceNoFingerprint(p: Planter): void {
  const task = p.tasksOf(p.pick(isOpen))[0];
  task.evidence = p.text('佐证材料/会议纪要.pdf', 'evidence/minutes.pdf');
  const what = p.text('佐证材料文件没有登记指纹', 'evidence file without a fingerprint');
  p.mark('evidence.noFingerprint', 'tasks', task, 'evidence', what);
}

// ---- helper sheets and headers

function badCalendarRow(p: Planter): void {
  p.helpers.calendar.push(['2025-02-30', '休', p.text('错误示例', 'bad example')]);
  const what = p.text('_calendar 中日期 2025-02-30 不存在', '_calendar date 2025-02-30 does not exist');
  p.place('calendar.badRow', HELPER_SHEET_NAMES.calendar, 2, 'A2', what);
}

function invalidSetting(p: Planter): void {
  p.helpers.settings.dueSoonDays = p.text('七天', 'seven');
  const row = 2 + SETTING_KEYS.indexOf('dueSoonDays');
  const what = p.text('临期提醒天数写成“七天”', 'due-soon days written as a word');
  p.place('settings.invalid', HELPER_SHEET_NAMES.settings, row, `B${row}`, what);
}

/**
 * A `_log` row as if a person had edited a recorded change: its check code
 * matches nothing, so the hash chain breaks at the first row.
 */
function tamperedLog(p: Planter): void {
  const { lang } = p.ctx;
  // seq, time, action, sheet, cell, old value, new value, user, check code
  const row = [1, '2025-01-02 09:00:00', t(lang, 'log.action.refresh'), PROBLEMS.name[lang], 'J2', null, '2025-01-15'];
  p.helpers.log.push([...row, 'demo', '00000000000000']);
  const what = p.text('_log 第 2 行的校验码对不上（被改动过）', '_log row 2 does not match its check code (edited)');
  p.place('log.tampered', HELPER_SHEET_NAMES.log, 2, 'I2', what);
}

/** A person typed over the 责任人 header, in the cell and the table: the column is no longer found. */
function renamedHeader(p: Planter): void {
  const sheet = RESPONSIBILITIES.name[p.ctx.lang];
  const column = RESPONSIBILITIES.columns.findIndex((c) => c.key === 'person') + 1;
  p.renames.push({ sheet, row: 1, column, text: p.text('负责同志', 'Contact') });
  const what = p.text(
    '责任清单的“责任人”列标题被改成“负责同志”',
    'the responsibility list lost its "Responsible person" header',
  );
  p.place('column.missing', sheet, 1, '', what);
}

/** Every check rule once, in the order problems are taken. */
export const PLANTINGS: readonly ((p: Planter) => void)[] = [
  requiredEmpty,
  invalidDate,
  notInList,
  invalidLimit,
  invalidNumber,
  duplicateId,
  missingProblem,
  noLeader,
  noTask,
  deadlineBeforeFeedback,
  deadlineMissing,
  taskAfterProblem,
  closedWithoutDate,
  closedWithoutReviewer,
  closedWithOpenTask,
  completedButOpen,
  pendingWithoutDate,
  futureDate,
  invalidPhone,
  editedComputed,
  uncoveredYear,
  badCalendarRow,
  invalidSetting,
  tamperedLog,
  renamedHeader,
  evidenceNone,
  evidenceOutside,
  evidenceNoFingerprint,
];
