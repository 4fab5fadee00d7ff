/**
 * A parsed holiday notice as the user checks it before writing: the year and
 * 文号, one small calendar per month it touches (休 light red, 班 blue, the
 * holiday's name on hover), the items in words, and what to check (errors and
 * warnings in the user's language).
 */
import * as React from 'react';
import { MessageBar, MessageBarBody, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { type NoticeIssue, type ParsedNotice, noticeIssueText } from '../../../engine/calendarNotice';
import type { MessageParams } from '../../../i18n/index';
import type { PaneKey } from '../../../i18n/pane';
import { useT } from '../../i18n';
import { type MonthView, countDays, dateParts, noticeItems, noticeMonths } from './noticeView';

export const DAY_COLORS = {
  休: { background: '#FDE7E9', color: '#A4262C', border: '#F1BBBC' },
  班: { background: '#DEECF9', color: '#0F548C', border: '#A9CCEE' },
} as const;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px' },
  head: { display: 'flex', flexDirection: 'column' },
  small: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  legend: { display: 'flex', flexWrap: 'wrap', gap: '4px 12px', fontSize: tokens.fontSizeBase200 },
  swatch: {
    display: 'inline-block',
    width: '10px',
    height: '10px',
    borderRadius: '2px',
    marginRight: '4px',
    verticalAlign: '-1px',
  },
  months: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(128px, 1fr))', gap: '8px 10px' },
  caption: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, marginBottom: '2px' },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: '1px', textAlign: 'center' },
  wd: { fontSize: '10px', lineHeight: '14px', color: tokens.colorNeutralForeground3 },
  day: { fontSize: '11px', lineHeight: '17px', borderRadius: '3px', border: '1px solid transparent' },
  weekend: { color: tokens.colorNeutralForeground4 },
  marked: { fontWeight: tokens.fontWeightSemibold, cursor: 'default' },
  items: { margin: 0, paddingLeft: '18px', fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase300 },
  issues: { margin: '2px 0 0', paddingLeft: '18px' },
});

type Tr = (key: PaneKey, params?: MessageParams) => string;

/** A date as the pane writes it: 1月1日 / Jan 1 (with the year when it is not the notice's). */
export function dateText(tr: Tr, iso: string, noticeYear?: number): string {
  const { year, month, day } = dateParts(iso);
  const monthName = tr(`calendar.pane.month.${month}` as PaneKey);
  const key = noticeYear === undefined || year === noticeYear ? 'calendar.pane.date' : 'calendar.pane.dateYear';
  return tr(key, { year, month, day, monthName });
}

/** 1月1日至3日 / Jan 1–3 within a month, 1月28日至2月4日 / Jan 28–Feb 4 across months. */
export function rangeText(tr: Tr, from: string, to: string, noticeYear: number): string {
  const sameMonth = from.slice(0, 7) === to.slice(0, 7);
  const end = sameMonth ? tr('calendar.pane.dayOnly', { day: dateParts(to).day }) : dateText(tr, to, noticeYear);
  return tr('calendar.pane.range', { from: dateText(tr, from, noticeYear), to: end });
}

function Month({ view, year }: { view: MonthView; year: number }): React.JSX.Element {
  const s = useStyles();
  const tr = useT();
  const caption = tr('calendar.pane.monthCaption', {
    year: view.year,
    month: view.month,
    monthName: tr(`calendar.pane.month.${view.month}` as PaneKey),
  });
  const iso = (day: number) => `${view.year}-${String(view.month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return (
    <div role="group" aria-label={caption} data-month={`${view.year}-${view.month}`}>
      <div className={s.caption}>{caption}</div>
      <div className={s.grid}>
        {[...tr('calendar.pane.weekdays')].map((w, i) => (
          <span key={`w${i}`} className={s.wd} aria-hidden>
            {w}
          </span>
        ))}
        {Array.from({ length: view.lead }, (_, i) => (
          <span key={`l${i}`} />
        ))}
        {view.cells.map((c) => {
          const mark = c.mark;
          const label = mark
            ? tr(mark.type === '休' ? 'calendar.pane.day.off' : 'calendar.pane.day.work', {
                date: dateText(tr, iso(c.day), year),
                holiday: mark.holiday,
              })
            : undefined;
          const colors = mark ? DAY_COLORS[mark.type] : undefined;
          return (
            <span
              key={c.day}
              className={mergeClasses(s.day, c.weekend && s.weekend, !!mark && s.marked)}
              style={colors && { background: colors.background, color: colors.color, borderColor: colors.border }}
              data-type={mark?.type}
              title={label}
              aria-label={label}
              role={mark ? 'img' : undefined}
            >
              {c.day}
            </span>
          );
        })}
      </div>
    </div>
  );
}

function Issues({ lang, kind, issues }: { lang: 'zh' | 'en'; kind: 'error' | 'warning'; issues: NoticeIssue[] }) {
  const s = useStyles();
  const tr = useT();
  if (issues.length === 0) return null;
  return (
    <MessageBar intent={kind} layout="multiline" data-issues={kind}>
      <MessageBarBody>
        {kind === 'error' ? tr('calendar.pane.errors', { n: issues.length }) : tr('calendar.pane.warnings')}
        <ul className={s.issues}>
          {issues.map((issue, i) => (
            <li key={i}>{noticeIssueText(lang, issue)}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

export function NoticePreview({ notice, lang }: { notice: ParsedNotice; lang: 'zh' | 'en' }): React.JSX.Element {
  const s = useStyles();
  const tr = useT();
  const months = React.useMemo(() => noticeMonths(notice), [notice]);
  const items = React.useMemo(() => noticeItems(notice), [notice]);
  const n = countDays(notice);
  const dates = (list: string[]) => list.map((d) => dateText(tr, d, notice.year)).join(tr('calendar.pane.listSep'));
  return (
    <section className={s.root} aria-label={tr('calendar.pane.preview')} data-notice-year={notice.year}>
      <div className={s.head}>
        <Text weight="semibold">{tr('calendar.pane.year', { year: notice.year })}</Text>
        <span className={s.small}>
          {notice.docNumber
            ? tr('calendar.pane.docNumber', { docNumber: notice.docNumber })
            : tr('calendar.pane.noDocNumber')}
        </span>
        <span className={s.small}>
          {tr('calendar.pane.counts', { off: n['休'], work: n['班'], months: months.length })}
        </span>
        {notice.adjustment && <span className={s.small}>{tr('calendar.pane.adjustment')}</span>}
      </div>
      <Issues lang={lang} kind="error" issues={notice.errors} />
      <div className={s.legend}>
        {(['休', '班'] as const).map((type) => (
          <span key={type}>
            <span
              className={s.swatch}
              style={{ background: DAY_COLORS[type].background, border: `1px solid ${DAY_COLORS[type].border}` }}
            />
            {tr(type === '休' ? 'calendar.pane.legend.off' : 'calendar.pane.legend.work')}
          </span>
        ))}
      </div>
      <div className={s.months}>
        {months.map((m) => (
          <Month key={`${m.year}-${m.month}`} view={m} year={notice.year} />
        ))}
      </div>
      <Text size={200} weight="semibold">
        {tr('calendar.pane.items')}
      </Text>
      <ul className={s.items} aria-label={tr('calendar.pane.items')}>
        {items.map((item) => {
          const parts = [
            ...item.off.map((r) =>
              tr('calendar.pane.item.off', {
                dates: r.from === r.to ? dateText(tr, r.from, notice.year) : rangeText(tr, r.from, r.to, notice.year),
                n: r.days,
              }),
            ),
            ...(item.work.length ? [tr('calendar.pane.item.work', { dates: dates(item.work) })] : []),
          ];
          const line = tr('calendar.pane.itemLine', {
            holiday: item.holiday,
            parts: parts.join(tr('calendar.pane.partSep')),
          });
          return <li key={item.holiday}>{line}</li>;
        })}
      </ul>
      <Issues lang={lang} kind="warning" issues={notice.warnings} />
    </section>
  );
}
