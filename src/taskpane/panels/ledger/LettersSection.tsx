/**
 * 提醒督办函: the engine's letter for one responsible unit, to read, copy
 * and, once sent, record (督办次数 + 1 on every problem it lists).
 */
import * as React from 'react';
import { Button, Field, Select, Textarea, makeStyles } from '@fluentui/react-components';
import { type Letter, letterText } from '../../../engine/ledger/letters';
import type { Lang } from '../../../i18n/index';
import { useT } from '../../i18n';

const useStyles = makeStyles({
  preview: { width: '100%' },
  actions: { display: 'flex', gap: '8px', marginTop: '8px', flexWrap: 'wrap' },
});

export interface LettersSectionProps {
  letters: readonly Letter[];
  /** The ledger's layout language: a letter is written in the language of the ledger it is about. */
  ledgerLang: Lang;
  busy: boolean;
  onCopied(): void;
  onRecord(unit: string): void;
}

export function LettersSection({
  letters,
  ledgerLang,
  busy,
  onCopied,
  onRecord,
}: LettersSectionProps): React.JSX.Element {
  const s = useStyles();
  const tr = useT();
  const [unit, setUnit] = React.useState('');
  const letter = letters.find((l) => l.unit === unit) ?? letters[0];
  const text = letter ? letterText(letter, ledgerLang) : '';
  return (
    <section aria-label={tr('ledger.panel.letters')}>
      <h3>{tr('ledger.panel.letters')}</h3>
      {!letter ? (
        <p>{tr('sup.none')}</p>
      ) : (
        <>
          <Field label={tr('sup.col.unit')}>
            <Select value={letter.unit} onChange={(_, d) => setUnit(d.value)}>
              {letters.map((l) => (
                <option key={l.unit} value={l.unit}>
                  {l.unit}
                </option>
              ))}
            </Select>
          </Field>
          <Textarea aria-label={tr('ledger.panel.preview')} readOnly value={text} rows={14} className={s.preview} />
          <div className={s.actions}>
            <Button onClick={() => void navigator.clipboard?.writeText(text).then(onCopied)}>
              {tr('ledger.panel.copy')}
            </Button>
            <Button disabled={busy} onClick={() => onRecord(letter.unit)}>
              {tr('ledger.panel.record')}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
