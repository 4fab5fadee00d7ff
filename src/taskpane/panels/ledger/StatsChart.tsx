/** The statistics chart as SVG bars: problems, closed, overdue per responsible unit (the 统计 sheet's figures). */
import * as React from 'react';
import type { StatRow } from '../../../engine/ledger/stats';
import type { PaneKey } from '../../../i18n/pane';
import { useT } from '../../i18n';

const SERIES: { key: 'total' | 'closed' | 'overdue'; label: PaneKey; color: string }[] = [
  { key: 'total', label: 'stats.col.total', color: '#5B9BD5' },
  { key: 'closed', label: 'stats.col.closed', color: '#70AD47' },
  { key: 'overdue', label: 'stats.col.overdue', color: '#C00000' },
];
const ROW_HEIGHT = 30;

export function StatsChart({ rows }: { rows: readonly StatRow[] }): React.JSX.Element {
  const tr = useT();
  const max = Math.max(1, ...rows.map((r) => r.total));
  return (
    <svg role="img" aria-label={tr('stats.byUnit')} width="100%" viewBox={`0 0 300 ${rows.length * ROW_HEIGHT + 24}`}>
      {SERIES.map((s, i) => (
        <g key={s.key} transform={`translate(${i * 90},0)`}>
          <rect width="10" height="10" fill={s.color} />
          <text x="14" y="9" fontSize="10">
            {tr(s.label)}
          </text>
        </g>
      ))}
      {rows.map((r, i) => (
        <g key={r.key} transform={`translate(0,${20 + i * ROW_HEIGHT})`} data-unit={r.key}>
          <text x="0" y="12" fontSize="10">
            {r.key.length > 8 ? r.key.slice(0, 8) + '…' : r.key}
          </text>
          {SERIES.map((s, k) => (
            <rect key={s.key} x="90" y={k * 8} height="7" width={(r[s.key] / max) * 200} fill={s.color}>
              <title>{`${r.key} ${tr(s.label)}: ${r[s.key]}`}</title>
            </rect>
          ))}
        </g>
      ))}
    </svg>
  );
}
