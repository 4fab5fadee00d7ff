/** The pane's three commands: 建立台账结构, 检查, 刷新 (the same commands as the ribbon and the command line). */
import * as React from 'react';
import { Button, Tooltip, makeStyles } from '@fluentui/react-components';
import { ArrowSync20Regular, CheckmarkCircle20Regular, TableAdd20Regular } from '@fluentui/react-icons';
import type { PaneKey } from '../../i18n/pane';
import { useT } from '../i18n';

const useStyles = makeStyles({ actions: { display: 'flex', flexWrap: 'wrap', gap: '8px' } });

export type ToolbarAction = 'structure' | 'check' | 'refresh';

const BUTTONS: { id: ToolbarAction; label: PaneKey; hint: PaneKey; icon: React.JSX.Element }[] = [
  {
    id: 'structure',
    label: 'addin.action.structure',
    hint: 'addin.action.structure.hint',
    icon: <TableAdd20Regular />,
  },
  { id: 'check', label: 'addin.action.check', hint: 'addin.action.check.hint', icon: <CheckmarkCircle20Regular /> },
  { id: 'refresh', label: 'addin.action.refresh', hint: 'addin.action.refresh.hint', icon: <ArrowSync20Regular /> },
];

export function Toolbar({
  disabled,
  onAction,
}: {
  disabled: boolean;
  onAction(id: ToolbarAction): void;
}): React.JSX.Element {
  const s = useStyles();
  const tr = useT();
  return (
    <div className={s.actions} role="toolbar" aria-label={tr('addin.title')}>
      {BUTTONS.map((b, i) => (
        <Tooltip key={b.id} content={tr(b.hint)} relationship="description">
          <Button
            appearance={i === 0 ? 'primary' : undefined}
            icon={b.icon}
            disabled={disabled}
            onClick={() => onAction(b.id)}
            data-action={b.id}
          >
            {tr(b.label)}
          </Button>
        </Tooltip>
      ))}
    </div>
  );
}
