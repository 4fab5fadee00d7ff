/**
 * --mistakes on 移交清单 and 整改报告: one violation of each of their own
 * rules, each on its own row (planted after the ledger's, on the cycle's
 * rows only, so no earlier mistake moves).
 */
import { REPORT_RESULT, addDays, fromExcelSerial, toExcelSerial } from '../engine';
import type { Planter } from './planter';
import type { Row } from './types';

function finishedWithoutDate(p: Planter): void {
  const row = p.clue('onTime');
  row.finishedOn = null;
  const what = p.text('线索已办结但没有办结日期', 'clue finished without a finish date');
  p.mark('clue.finishedNoDate', 'clues', row, 'finishedOn', what);
}

function signedBeforeTransfer(p: Planter): void {
  const row = p.clue('handling');
  row.signedOn = toExcelSerial(addDays(fromExcelSerial(row.transferredOn as number), -2));
  const what = p.text('签收日期早于移交日期', 'signed for before it was transferred');
  p.mark('clue.dateOrder', 'clues', row, 'signedOn', what);
}

/** Still 待签收 although a signing date is filled in. */
function awaitingButSigned(p: Planter): void {
  const row = p.clue('awaiting');
  row.signedOn = row.transferredOn;
  row.signer = '赵签';
  const what = p.text('已填签收日期但状态仍是待签收', 'a signing date while still awaiting signature');
  p.mark('clue.statusDates', 'clues', row, 'signedOn', what);
}

function resultNotSubmitted(p: Planter): void {
  const row = p.report('overdue');
  row.result = p.text(REPORT_RESULT.passed.zh, REPORT_RESULT.passed.en);
  const what = p.text('审核结果为通过但没有报送日期', 'a review result without a submission date');
  p.mark('report.resultNotSubmitted', 'reports', row, 'submittedOn', what);
}

function rejectWithoutReason(p: Planter): void {
  const row = p.report('sentBackOverdue');
  row.rejectReason = null;
  const what = p.text('打回重写但没有打回原因', 'sent back without a reason');
  p.mark('report.rejectIncomplete', 'reports', row, 'rejectReason', what);
}

function reviewedBeforeSubmitted(p: Planter): void {
  const row = p.report('passed');
  row.reviewedOn = toExcelSerial(addDays(fromExcelSerial(row.submittedOn as number), -3));
  const what = p.text('审核通过日期早于报送日期', 'passed before it was submitted');
  p.mark('report.dateOrder', 'reports', row, 'reviewedOn', what);
}

/** A unit with no problem in 问题清单 and no feedback date of its own: its period cannot be computed. */
function reportWithoutFeedback(p: Planter): void {
  const row: Row = { unit: p.text('市档案馆', 'City Archives'), round: '十四届市委第五轮巡察' };
  p.lists.reports.push(row);
  const what = p.text('整改报告单位无反馈日期，问题清单中也没有该单位', 'a report unit with no feedback date anywhere');
  p.mark('report.noFeedback', 'reports', row, 'unit', what);
}

function duplicateReport(p: Planter): void {
  const copy = { ...p.report('passed') };
  p.lists.reports.push(copy);
  const what = p.text('同一单位同一轮次有两份整改报告', 'a unit reporting twice in one round');
  p.mark('report.duplicateUnit', 'reports', copy, 'unit', what);
}

export const CYCLE_PLANTINGS: readonly ((p: Planter) => void)[] = [
  finishedWithoutDate,
  signedBeforeTransfer,
  awaitingButSigned,
  resultNotSubmitted,
  rejectWithoutReason,
  reviewedBeforeSubmitted,
  reportWithoutFeedback,
  duplicateReport,
];
