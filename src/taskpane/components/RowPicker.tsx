/**
 * The item a row panel acts on (a problem, a clue): picked from a list, or
 * taken from the row selected in Excel ("用所选行").
 */
import * as React from 'react';
import { Button, Field, Select, makeStyles } from '@fluentui/react-components';
import { useT } from '../i18n';

const useStyles = makeStyles({ follow: { marginTop: '4px' } });

export interface RowPickerProps {
  label: string;
  /** Each item's ID and how it reads in the list; `key` tells apart two rows with the same ID. */
  items: readonly { id: string; key: string; text: string }[];
  id: string;
  onId(id: string): void;
  busy: boolean;
  onFollowSelection(): void;
}

export function RowPicker({ label, items, id, onId, busy, onFollowSelection }: RowPickerProps): React.JSX.Element {
  const s = useStyles();
  const tr = useT();
  return (
    <>
      <Field label={label}>
        <Select value={id} onChange={(_, d) => onId(d.value)}>
          <option value="">—</option>
          {items.map((x) => (
            <option key={x.key} value={x.id}>
              {x.text}
            </option>
          ))}
        </Select>
      </Field>
      <Button size="small" className={s.follow} disabled={busy} onClick={onFollowSelection}>
        {tr('ledger.panel.selectedRow')}
      </Button>
    </>
  );
}
