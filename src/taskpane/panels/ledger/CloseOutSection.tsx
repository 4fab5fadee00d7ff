/**
 * 对单销号: the problem (picked from the list, or from the row selected in
 * Excel), the reviewer, date and reason, and the three actions. Whether an
 * action is allowed is the engine's answer when it runs.
 */
import * as React from 'react';
import { Button, Field, Input, makeStyles } from '@fluentui/react-components';
import type { CloseOutAction, CloseOutRequest } from '../../../engine/ledger/closeout';
import type { LedgerProblem } from '../../../engine/ledger/types';
import { RowPicker } from '../../components/RowPicker';
import { useT } from '../../i18n';

const ACTIONS: CloseOutAction[] = ['submit', 'close', 'reject'];

const useStyles = makeStyles({
  actions: { display: 'flex', gap: '8px', marginTop: '8px' },
});

export interface CloseOutSectionProps {
  problems: readonly LedgerProblem[];
  id: string;
  onId(id: string): void;
  busy: boolean;
  onFollowSelection(): void;
  onAction(action: CloseOutAction, request: CloseOutRequest): void;
}

export function CloseOutSection({
  problems,
  id,
  onId,
  busy,
  onFollowSelection,
  onAction,
}: CloseOutSectionProps): React.JSX.Element {
  const s = useStyles();
  const tr = useT();
  const [reviewer, setReviewer] = React.useState('');
  const [date, setDate] = React.useState('');
  const [reason, setReason] = React.useState('');
  const request = (): CloseOutRequest => ({ id, date: date.trim() || undefined, reviewer, reason });
  return (
    <section aria-label={tr('ledger.panel.closeout')}>
      <h3>{tr('ledger.panel.closeout')}</h3>
      <RowPicker
        label={tr('ledger.col.problemId')}
        items={problems.map((p) => ({
          id: p.id,
          key: `${p.id}-${p.row}`,
          text: `${p.id} ${p.description.slice(0, 16)}`,
        }))}
        {...{ id, onId, busy, onFollowSelection }}
      />
      <Field label={tr('ledger.panel.reviewer')}>
        <Input value={reviewer} onChange={(_, d) => setReviewer(d.value)} />
      </Field>
      <Field label={tr('ledger.panel.date')}>
        <Input value={date} placeholder="2025-06-30" onChange={(_, d) => setDate(d.value)} />
      </Field>
      <Field label={tr('ledger.panel.reason')}>
        <Input value={reason} onChange={(_, d) => setReason(d.value)} />
      </Field>
      <div className={s.actions}>
        {ACTIONS.map((action) => (
          <Button
            key={action}
            appearance={action === 'close' ? 'primary' : undefined}
            disabled={busy || !id}
            onClick={() => onAction(action, request())}
          >
            {tr(`log.action.${action}`)}
          </Button>
        ))}
      </div>
    </section>
  );
}
