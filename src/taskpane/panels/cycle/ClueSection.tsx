/**
 * 移交线索: the clue (picked from the list, or from the row selected in
 * Excel), who signed for it, the date and the result, and the two actions.
 * Whether an action is allowed is the engine's answer when it runs.
 */
import * as React from 'react';
import { Button, Field, Input, makeStyles } from '@fluentui/react-components';
import type { ClueAction, ClueRequest } from '../../../engine/ledger/clueActions';
import type { ClueRecord } from '../../../engine/read/records';
import { RowPicker } from '../../components/RowPicker';
import { useT } from '../../i18n';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: '8px', marginTop: '8px' },
});

export interface ClueSectionProps {
  clues: readonly ClueRecord[];
  id: string;
  onId(id: string): void;
  busy: boolean;
  onFollowSelection(): void;
  onAction(action: ClueAction, request: ClueRequest): void;
}

export function ClueSection({
  clues,
  id,
  onId,
  busy,
  onFollowSelection,
  onAction,
}: ClueSectionProps): React.JSX.Element {
  const s = useStyles();
  const tr = useT();
  const [signer, setSigner] = React.useState('');
  const [date, setDate] = React.useState('');
  const [result, setResult] = React.useState('');
  const request = (): ClueRequest => ({ id, date: date.trim() || undefined, signer, result });
  return (
    <section aria-label={tr('cycle.panel.clue')}>
      <h3>{tr('cycle.panel.clue')}</h3>
      <RowPicker
        label={tr('cycle.panel.clueId')}
        items={clues.map((c) => ({ id: c.id, key: `${c.id}-${c.row}`, text: `${c.id} ${c.receiver} ${c.alertText}` }))}
        {...{ id, onId, busy, onFollowSelection }}
      />
      <Field label={tr('cycle.panel.signer')}>
        <Input value={signer} onChange={(_, d) => setSigner(d.value)} />
      </Field>
      <Field label={tr('cycle.panel.clueDate')}>
        <Input value={date} placeholder="2025-06-30" onChange={(_, d) => setDate(d.value)} />
      </Field>
      <Field label={tr('cycle.panel.result')}>
        <Input value={result} onChange={(_, d) => setResult(d.value)} />
      </Field>
      <div className={s.actions}>
        {(['sign', 'finish'] as const).map((action) => (
          <Button key={action} disabled={busy || !id} onClick={() => onAction(action, request())}>
            {tr(`cycle.panel.${action}`)}
          </Button>
        ))}
      </div>
    </section>
  );
}
