/**
 * 整改期满日 as a milestone. 《中国共产党巡视工作条例》第二十七条 has the
 * inspected organisation report its rectification within two months of the
 * feedback; the ledger keeps that date per unit in 整改报告 (整改期满日 =
 * 反馈日期 + the setting 整改期, default 2个月). Every unit's date is shown
 * with the days remaining (or passed) — in 督办清单 (a section of its own, near
 * or not), in the unit's reminder letter (a sentence) and in the progress
 * report (a table) — and it is *highlighted* in its own colour
 * (COLORS.milestone) when the report is not in and the date is within the
 * due-soon days or passed. A report that is not in when due is also chased as
 * an item (supervision.ts reportItems); the milestone adds the date, it does
 * not chase twice.
 */
import { type Lang, t } from '../../i18n';
import type { ReportRecord } from '../read/records';
import { type IsoDate, daysBetween } from '../rules/dates';
import { identityText } from '../core/text';
import type { LedgerData } from './types';
import { type DocumentBlock, heading, paragraph, table } from './document';

export interface Milestone {
  unit: string;
  round: string;
  /** 整改期满日. */
  deadline: IsoDate;
  /** Days from the as-of date to it: positive left, 0 today, negative passed. */
  days: number;
  /** The report came in (报送日期 on or before the as-of date). */
  reportIn: boolean;
  /** Not in, and due within the due-soon days or passed: shown in the milestone colour. */
  highlight: boolean;
}

function milestoneOf(r: ReportRecord, data: LedgerData): Milestone | null {
  if (!r.unit || !r.deadline) return null;
  const days = daysBetween(data.today, r.deadline);
  const reportIn = !!r.submittedOn && r.submittedOn <= data.today;
  return {
    unit: r.unit,
    round: r.round,
    deadline: r.deadline,
    days,
    reportIn,
    highlight: !reportIn && days <= data.settings.dueSoonDays,
  };
}

/** Every unit's 整改期满日 with a date, soonest first (then by unit). */
export function reportMilestones(data: LedgerData): Milestone[] {
  return data.reports
    .map((r) => milestoneOf(r, data))
    .filter((m): m is Milestone => m !== null)
    .sort((a, b) => a.deadline.localeCompare(b.deadline) || a.unit.localeCompare(b.unit, 'zh'));
}

/** The milestone of a unit (its name compared as identity text), if it has one. */
export function milestoneOfUnit(milestones: readonly Milestone[], unit: string): Milestone | undefined {
  const key = identityText(unit);
  return milestones.find((m) => identityText(m.unit) === key);
}

/** 还有N天 / 今天到期 / 已过N天 — and 已报送 when the report is in. */
export function milestoneDaysText(m: Milestone, lang: Lang): string {
  if (m.reportIn) return t(lang, 'milestone.in');
  if (m.days > 0) return t(lang, 'milestone.left', { n: m.days });
  return m.days === 0 ? t(lang, 'milestone.today') : t(lang, 'milestone.passed', { n: -m.days });
}

/** The letter's sentence: 整改报告应于…前报送，还有N天 (nothing once the report is in). */
export function milestoneSentence(m: Milestone, lang: Lang, date: string): string | null {
  if (m.reportIn) return null;
  if (m.days > 0) return t(lang, 'milestone.letter.left', { date, n: m.days });
  return m.days === 0
    ? t(lang, 'milestone.letter.today', { date })
    : t(lang, 'milestone.letter.passed', { date, n: -m.days });
}

/** The progress report's table: every unit's 整改期满日 and the days left or passed (units and dates only). */
export function milestoneBlocks(data: LedgerData): DocumentBlock[] {
  const lang = data.lang;
  const milestones = reportMilestones(data);
  if (!milestones.length) return [];
  return [
    heading(t(lang, 'milestone.progress.h')),
    paragraph(t(lang, 'milestone.progress.intro', { date: data.today })),
    table(
      [t(lang, 'milestone.col.unit'), t(lang, 'milestone.col.deadline'), t(lang, 'milestone.col.days')],
      milestones.map((m) => [m.unit, m.deadline, milestoneDaysText(m, lang)]),
      [2.6, 1.6, 2],
    ),
  ];
}
