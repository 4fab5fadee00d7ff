/**
 * The rules of 延期申请 (docs/EXTENSIONS.md, docs/CHECKS.md), when the
 * workbook has the register: every row names a problem of the ledger, has
 * its dates, a decision from the list, an approval with a date after the
 * original deadline; a problem asks no more often than the setting
 * 延期次数上限 allows; a request after the problem was closed is odd.
 */
import { t } from '../../../../i18n';
import { isEmptyValue } from '../../../core/cells';
import { readDateCell } from '../../../rules/parseDate';
import type { ExtensionRecord } from '../../../read/records';
import { cellText, rawValue } from '../../../read/rowReader';
import { EXTENSIONS } from '../../../schema/extensions';
import { type CheckContext, cellOf } from '../context';
import type { CheckRule } from '../rule';

const rows = (ctx: CheckContext): ExtensionRecord[] => (ctx.parsed.mappings.extensions ? ctx.parsed.extensions : []);

export const extensionRequired: CheckRule = {
  code: 'required',
  severity: 'error',
  run(ctx, emit) {
    const m = ctx.parsed.mappings.extensions;
    if (!m) return;
    for (const c of EXTENSIONS.columns.filter((x) => x.required)) {
      if (m.columns[c.key] === undefined) {
        const header = c.header[m.lang];
        emit({ sheet: m.sheet, row: m.headerRow, column: 0, header }, 'check.column.missing', { column: header });
        continue;
      }
      for (const r of rows(ctx))
        if (isEmptyValue(rawValue(r, c.key))) emit(cellOf(ctx, 'extensions', r, c.key), 'check.required');
    }
  },
};

export const extensionUnknownProblem: CheckRule = {
  code: 'extension.unknownProblem',
  severity: 'error',
  run(ctx, emit) {
    for (const r of rows(ctx))
      if (r.problemId && !ctx.problemsById.has(r.problemId))
        emit(cellOf(ctx, 'extensions', r, 'problemId'), 'check.extension.unknownProblem', { id: r.problemId });
  },
};

export const extensionDecisionInvalid: CheckRule = {
  code: 'extension.decisionInvalid',
  severity: 'error',
  run(ctx, emit) {
    for (const r of rows(ctx))
      if (r.decisionText && !r.decision)
        emit(cellOf(ctx, 'extensions', r, 'decision'), 'check.extension.decisionInvalid', { value: r.decisionText });
  },
};

export const extensionApprovedNoDate: CheckRule = {
  code: 'extension.approvedNoDate',
  severity: 'error',
  run(ctx, emit) {
    for (const r of rows(ctx))
      if (r.decision === 'approved' && !r.granted)
        emit(cellOf(ctx, 'extensions', r, 'approvedUntil'), 'check.extension.approvedNoDate');
  },
};

export const extensionNotLater: CheckRule = {
  code: 'extension.notLater',
  severity: 'error',
  run(ctx, emit) {
    for (const r of rows(ctx)) {
      if (r.decision !== 'approved' || !r.granted || !r.original || r.granted > r.original) continue;
      const key = r.approvedUntil ? 'approvedUntil' : 'until';
      emit(cellOf(ctx, 'extensions', r, key), 'check.extension.notLater', { until: r.granted, original: r.original });
    }
  },
};

export const extensionTooMany: CheckRule = {
  code: 'extension.tooMany',
  severity: 'warning',
  run(ctx, emit) {
    const max = ctx.parsed.settings.maxExtensions;
    const seen = new Map<string, number>();
    for (const r of rows(ctx)) {
      if (!r.problemId) continue;
      const n = (seen.get(r.problemId) ?? 0) + 1;
      seen.set(r.problemId, n);
      if (n > max)
        emit(cellOf(ctx, 'extensions', r, 'problemId'), 'check.extension.tooMany', { id: r.problemId, n, max });
    }
  },
};

export const extensionAfterClosed: CheckRule = {
  code: 'extension.afterClosed',
  severity: 'warning',
  run(ctx, emit) {
    for (const r of rows(ctx)) {
      const p = ctx.problemsById.get(r.problemId);
      if (!p || p.state !== 'closed' || !p.closedOn || !r.askedOn || r.askedOn <= p.closedOn) continue;
      emit(cellOf(ctx, 'extensions', r, 'askedOn'), 'check.extension.afterClosed', { id: p.id, closedOn: p.closedOn });
    }
  },
};

/** 延期至 is the register's latest date granted: a date typed there by hand is rewritten by refresh (and logged). */
export const extendedToEdited: CheckRule = {
  code: 'computed.edited',
  severity: 'warning',
  run(ctx, emit) {
    if (ctx.mappings.problems?.columns.extendedTo === undefined) return;
    const problems = ctx.parsed.problems;
    for (let i = 0; i < problems.length; i++) {
      const p = problems[i];
      const raw = rawValue(p, 'extendedTo');
      const cell = readDateCell(raw ?? null);
      const typed = cell.kind === 'date' ? cell.date : cell.kind === 'empty' ? null : cellText(p, 'extendedTo');
      const expected = ctx.problemsById.get(p.id) === p ? (p.extension?.until ?? null) : null;
      if (typed === expected) continue;
      const none = t(ctx.lang, 'check.extension.none');
      emit(cellOf(ctx, 'problems', p, 'extendedTo'), 'check.extension.extendedToEdited', {
        value: typed ?? none,
        expected: expected ?? none,
      });
    }
  },
};

export const EXTENSION_RULES: readonly CheckRule[] = [
  extensionRequired,
  extensionUnknownProblem,
  extensionDecisionInvalid,
  extensionApprovedNoDate,
  extensionNotLater,
  extensionTooMany,
  extensionAfterClosed,
  extendedToEdited,
];
