/**
 * The ledger as of today: counts and a small stacked bar (plain SVG, no chart
 * library). Every number is the engine's (ledger/figures.ts), the same the
 * 统计 sheet shows.
 */
import * as React from 'react';
import { Card, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { LedgerSummary } from '../../engine/ledger/summary';
import { useT } from '../i18n';

const COLORS = {
  closed: '#70AD47',
  pendingReview: '#A9D18E',
  onTrack: '#5B9BD5',
  dueSoon: '#FFC000',
  overdue: '#E0473E',
  other: '#C8C6C4',
};

const useStyles = makeStyles({
  card: { padding: '12px', gap: '10px' },
  tiles: { display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', gap: '6px' },
  tile: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', minWidth: 0 },
  num: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
  label: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  rate: { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: '4px 12px',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  dot: { display: 'inline-block', width: '8px', height: '8px', borderRadius: '2px', marginRight: '4px' },
  cycle: { display: 'flex', flexDirection: 'column', gap: '4px', borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  small: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** 移交线索 as of the date (待签收, 办理中, 超时, 按时办结) and the units' reports, when the workbook keeps them. */
function CycleFigures({ summary }: { summary: LedgerSummary }): React.JSX.Element | null {
  const s = useStyles();
  const tr = useT();
  const { clues, reports } = summary;
  if (!clues && !reports) return null;
  const tile = (figure: string, value: number, label: string, color?: string) => (
    <div className={s.tile} data-figure={figure}>
      <span className={s.num} style={color && value ? { color } : undefined}>
        {value}
      </span>
      <span className={s.label}>{label}</span>
    </div>
  );
  return (
    <div className={s.cycle} aria-label={tr('addin.summary.clues')}>
      {clues && (
        <>
          <Text size={200} weight="semibold">
            {tr('addin.summary.clues')}
          </Text>
          <div className={s.tiles}>
            {tile('clueAwaiting', clues.awaiting, tr('addin.summary.clueAwaiting'), '#9C6500')}
            {tile('clueHandling', clues.handling, tr('addin.summary.clueHandling'))}
            {tile('clueOverdue', clues.overdue, tr('addin.summary.clueOverdue'), '#C0392B')}
            {tile('clueOnTime', clues.onTime, tr('addin.summary.clueOnTime'), '#217A3C')}
          </div>
          <span className={s.small}>{tr('addin.summary.cluesLine', { total: clues.total })}</span>
        </>
      )}
      {reports && (
        <span className={s.small} data-figure="reports">
          {tr('addin.summary.reports', { due: reports.due, sentBack: reports.sentBackDue, overdue: reports.overdue })}
        </span>
      )}
    </div>
  );
}

/** A rate as shown: "—" when there is nothing to divide (no problems yet). */
export function percent(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(1)}%`;
}

export function Summary({ summary }: { summary: LedgerSummary }): React.JSX.Element {
  const s = useStyles();
  const tr = useT();
  const p = summary.problems;
  // Rectified (closed + in review) and the open problems by alert add up to the total; what is left is open
  // without a deadline to chase (长期坚持, or one that cannot be computed) or under an approved extension (已延期).
  const other = p.ongoing + p.unknown + p.extended;
  const parts: [keyof typeof COLORS, number, string][] = [
    ['closed', p.closed, tr('addin.summary.closed')],
    ['pendingReview', p.pendingReview, tr('addin.summary.pendingReview')],
    ['onTrack', p.onTrack, tr('addin.summary.onTrack')],
    ['dueSoon', p.dueSoon, tr('addin.summary.dueSoon')],
    ['overdue', p.overdue, tr('addin.summary.overdue')],
  ];
  let x = 0;
  const total = Math.max(1, p.total);
  const tile = (figure: string, value: number, label: string, color?: string) => (
    <div className={s.tile} data-figure={figure}>
      <span className={s.num} style={color ? { color } : undefined}>
        {value}
      </span>
      <span className={s.label}>{label}</span>
    </div>
  );
  return (
    <Card className={s.card} aria-label={tr('addin.summary.title')}>
      <div className={s.tiles} style={p.extended > 0 ? { gridTemplateColumns: 'repeat(5, 1fr)' } : undefined}>
        {tile('total', p.total, tr('addin.summary.problems'))}
        {tile('overdue', p.overdue, tr('addin.summary.overdue'), p.overdue ? '#C0392B' : undefined)}
        {tile('dueSoon', p.dueSoon, tr('addin.summary.dueSoon'), p.dueSoon ? '#9C6500' : undefined)}
        {tile('closed', p.closed, tr('addin.summary.closed'), p.closed ? '#217A3C' : undefined)}
        {/* 已延期: under an approved extension, apart from overdue (shown only when a ledger has any) */}
        {p.extended > 0 && tile('extended', p.extended, tr('addin.summary.extended'), '#1F4E78')}
      </div>
      <div className={s.rate}>
        <Text size={200}>{tr('addin.summary.rate')}</Text>
        <Text weight="semibold" data-testid="completion-rate">
          {percent(p.completionRate)}
        </Text>
      </div>
      <svg
        width="100%"
        height="14"
        viewBox="0 0 100 14"
        preserveAspectRatio="none"
        role="img"
        aria-label={tr('addin.summary.chart', {
          closed: p.closed,
          pendingReview: p.pendingReview,
          onTrack: p.onTrack,
          dueSoon: p.dueSoon,
          overdue: p.overdue,
        })}
      >
        <rect x="0" y="0" width="100" height="14" rx="3" fill={COLORS.other} />
        {parts.map(([k, n]) => {
          const w = (n / total) * 100;
          const r = <rect key={k} x={x} y="0" width={w} height="14" fill={COLORS[k]} />;
          x += w;
          return r;
        })}
      </svg>
      <div className={s.legend}>
        {parts.map(([k, n, label]) => (
          <span key={k}>
            <span className={s.dot} style={{ background: COLORS[k] }} />
            {label} {n}
          </span>
        ))}
        {other > 0 && (
          <span>
            <span className={s.dot} style={{ background: COLORS.other }} />
            {tr('addin.summary.other')} {other}
          </span>
        )}
      </div>
      <CycleFigures summary={summary} />
    </Card>
  );
}
