/**
 * The 预警 texts of 移交清单 and 整改报告, in the layout's language
 * (docs/STATUS.md). Their keys start with `alert.`, so a cell holding one of
 * them is recognised as ours (alertText.ts, looksLikeAlert).
 */
import { type Lang, type MessageKey, t } from '../../i18n';
import type { ClueAlert, ClueAlertKind, ReportAlert, ReportAlertKind } from './cycleStatus';

const CLUE_KEYS: Record<ClueAlertKind, MessageKey> = {
  awaiting: 'alert.clue.awaiting',
  signLate: 'alert.clue.signLate',
  handling: 'alert.clue.handling',
  dueSoon: 'alert.clue.dueSoon',
  overdue: 'alert.clue.overdue',
  onTime: 'alert.clue.onTime',
  late: 'alert.clue.late',
  finished: 'alert.clue.finished',
};

export function clueAlertText(alert: ClueAlert, lang: Lang): string {
  if (alert.kind === 'dueSoon' && alert.days === 0) return t(lang, 'alert.clue.dueToday');
  if (alert.kind === 'overdue' && alert.unsigned) return t(lang, 'alert.clue.overdueUnsigned', { days: alert.days });
  return t(lang, CLUE_KEYS[alert.kind], { days: alert.days });
}

const REPORT_KEYS: Record<ReportAlertKind, MessageKey | null> = {
  notDue: 'alert.report.notDue',
  dueSoon: 'alert.report.dueSoon',
  overdue: 'alert.report.overdue',
  inReview: 'alert.report.inReview',
  passed: 'alert.report.passed',
  unknown: null,
};

export function reportAlertText(alert: ReportAlert, lang: Lang): string {
  if (alert.kind === 'inReview' && alert.again) return t(lang, 'alert.report.inReviewAgain', { days: alert.days });
  const key = REPORT_KEYS[alert.kind];
  if (!key) return '';
  const base = t(lang, key, { days: alert.days });
  return alert.sentBack ? t(lang, 'alert.report.sentBack', { alert: base }) : base;
}
