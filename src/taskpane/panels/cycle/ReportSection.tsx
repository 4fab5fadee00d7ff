/**
 * 整改报告: a unit's report (picked from the list), the date, reviewer,
 * reason and time to rewrite, and the three actions: 报送, 通过, 打回重写.
 */
import * as React from 'react';
import { Button, Field, Input, Select, makeStyles } from '@fluentui/react-components';
import type { ReportAction, ReportRequest } from '../../../engine/ledger/reportActions';
import type { ReportRecord } from '../../../engine/read/records';
import type { Lang } from '../../../i18n/index';
import { useT } from '../../i18n';

const useStyles = makeStyles({ actions: { display: 'flex', gap: '8px', marginTop: '8px' } });

export interface ReportSectionProps {
  reports: readonly ReportRecord[];
  /** The ledger's layout language: the default time to rewrite is written in it. */
  ledgerLang: Lang;
  busy: boolean;
  onAction(action: ReportAction, request: ReportRequest): void;
}

export function ReportSection({ reports, ledgerLang, busy, onAction }: ReportSectionProps): React.JSX.Element {
  const s = useStyles();
  const tr = useT();
  const [unit, setUnit] = React.useState('');
  const [date, setDate] = React.useState('');
  const [reviewer, setReviewer] = React.useState('');
  const [reason, setReason] = React.useState('');
  const [limit, setLimit] = React.useState(ledgerLang === 'zh' ? '10个工作日' : '10 working days');
  const request = (): ReportRequest => ({ unit, date: date.trim() || undefined, reviewer, reason, limit });
  return (
    <section aria-label={tr('cycle.panel.report')}>
      <h3>{tr('cycle.panel.report')}</h3>
      <Field label={tr('cycle.panel.unit')}>
        <Select value={unit} onChange={(_, d) => setUnit(d.value)}>
          <option value="">—</option>
          {reports.map((r) => (
            <option key={`${r.unit}-${r.row}`} value={r.unit}>
              {`${r.unit} ${r.alertText}`}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={tr('cycle.panel.reportDate')}>
        <Input value={date} placeholder="2025-06-30" onChange={(_, d) => setDate(d.value)} />
      </Field>
      <Field label={tr('cycle.panel.reviewer')}>
        <Input value={reviewer} onChange={(_, d) => setReviewer(d.value)} />
      </Field>
      <Field label={tr('cycle.panel.reason')}>
        <Input value={reason} onChange={(_, d) => setReason(d.value)} />
      </Field>
      <Field label={tr('cycle.panel.limit')}>
        <Input value={limit} onChange={(_, d) => setLimit(d.value)} />
      </Field>
      <div className={s.actions}>
        {(['submit', 'pass', 'reject'] as const).map((action) => (
          <Button key={action} disabled={busy || !unit} onClick={() => onAction(action, request())}>
            {tr(`cycle.panel.${action}`)}
          </Button>
        ))}
      </div>
    </section>
  );
}
