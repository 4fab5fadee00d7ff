/** 下发: the due date and contact the 填报说明 sheet gives, the button, and what each unit got. */
import * as React from 'react';
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { DistributeResult } from '../../../engine';
import type { RoundTripT } from './words';

const useStyles = makeStyles({
  intro: { color: tokens.colorNeutralForeground2, margin: '0 0 8px' },
  actions: { display: 'flex', gap: '8px', marginTop: '8px' },
  list: { margin: '8px 0 0', paddingLeft: '18px' },
  changes: { color: tokens.colorNeutralForeground3 },
});

export interface DistributeSectionProps {
  rt: RoundTripT;
  busy: boolean;
  result: DistributeResult | null;
  onDistribute(due: string, contact: string): void;
}

export function DistributeSection({ rt, busy, result, onDistribute }: DistributeSectionProps): React.JSX.Element {
  const s = useStyles();
  const [due, setDue] = React.useState('');
  const [contact, setContact] = React.useState('');
  return (
    <section aria-label={rt('rt.distribute.title')}>
      <h3>{rt('rt.distribute.title')}</h3>
      <p className={s.intro}>{rt('rt.distribute.intro')}</p>
      <Field label={rt('rt.distribute.due')}>
        <Input type="date" value={due} onChange={(_, d) => setDue(d.value)} />
      </Field>
      <Field label={rt('rt.distribute.contact')}>
        <Input value={contact} onChange={(_, d) => setContact(d.value)} />
      </Field>
      <div className={s.actions}>
        <Button appearance="primary" disabled={busy} onClick={() => onDistribute(due, contact.trim())}>
          {rt('rt.distribute.run')}
        </Button>
      </div>
      {result && result.packages.length > 0 && (
        <ul className={s.list} aria-label={rt('rt.distribute.title')}>
          {result.packages.map((p) => (
            <li key={p.unit}>
              {rt('rt.distribute.unit', {
                unit: p.unit,
                problems: p.problems,
                tasks: p.tasks,
                report: p.report ? rt('rt.distribute.withReport') : '',
              })}
              {p.changes && (
                <div className={s.changes}>
                  {rt('rt.distribute.changes', {
                    round: p.changes.previousRound,
                    added: p.changes.added.length,
                    removed: p.changes.removed.length,
                    changed: p.changes.changed.length,
                  })}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
