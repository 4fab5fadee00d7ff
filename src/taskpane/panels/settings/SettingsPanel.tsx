/**
 * Settings kept in the hidden `_settings` sheet (so the CLI and WPS users see
 * the same), saved by the engine's settings command (logged in `_log`); below
 * them, a new year's holiday calendar from the State Council's notice, pasted
 * (NoticePaste, written into `_calendar`).
 */
import * as React from 'react';
import {
  Button,
  Divider,
  Field,
  Input,
  Radio,
  RadioGroup,
  SpinButton,
  Switch,
  makeStyles,
} from '@fluentui/react-components';
import { DEFAULT_SETTINGS, type Settings } from '../../../engine/rules/settings';
import { settingsCommand } from '../../../engine/run/commands';
import { saveUserName, savedUserName } from '../../../excel/user';
import { CommandStatus } from '../../components/CommandStatus';
import { useCommand } from '../../hooks/useCommand';
import { useT } from '../../i18n';
import type { PanelProps } from '../types';
import { NoticePaste } from './NoticePaste';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: '16px', maxWidth: '360px' },
  root: { display: 'flex', flexDirection: 'column', gap: '12px' },
});

export default function SettingsPanel({ host, lang, pane }: PanelProps): React.JSX.Element {
  const s = useStyles();
  const tr = useT();
  const [v, setV] = React.useState<Settings>(pane.settings ?? DEFAULT_SETTINGS);
  const command = useCommand(host, lang, pane.changed);
  /** Who signs `_log` entries from this computer (not a workbook setting: a shared ledger has many editors). */
  const [userName, setUserName] = React.useState(savedUserName);
  React.useEffect(() => {
    if (pane.settings) setV(pane.settings);
  }, [pane.settings]);
  const save = () => {
    saveUserName(userName);
    const values = {
      dueSoonDays: v.dueSoonDays,
      immediateLimit: v.immediateLimit,
      rollToWorkday: v.rollToWorkday,
      lang: v.lang,
    };
    return command.run('settings', settingsCommand(values), () => ({
      intent: 'success',
      text: tr('addin.result.settings'),
    }));
  };
  return (
    <div className={s.panel}>
      <form
        className={s.root}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Field label={tr('addin.settings.dueSoonDays')}>
          <SpinButton
            min={0}
            max={365}
            value={v.dueSoonDays}
            onChange={(_, d) => {
              const n = d.value ?? Number(d.displayValue);
              if (Number.isFinite(n)) setV({ ...v, dueSoonDays: n as number });
            }}
          />
        </Field>
        <Field label={tr('addin.settings.immediateLimit')}>
          <Input value={v.immediateLimit} onChange={(_, d) => setV({ ...v, immediateLimit: d.value })} />
        </Field>
        <Switch
          checked={v.rollToWorkday}
          label={tr('addin.settings.rollToWorkday')}
          onChange={(_, d) => setV({ ...v, rollToWorkday: d.checked })}
        />
        <Field label={tr('addin.settings.lang')}>
          <RadioGroup
            layout="horizontal"
            value={v.lang}
            onChange={(_, d) => setV({ ...v, lang: d.value as Settings['lang'] })}
          >
            <Radio value="zh" label={tr('addin.settings.lang.zh')} />
            <Radio value="en" label={tr('addin.settings.lang.en')} />
          </RadioGroup>
        </Field>
        <Field label={tr('ledger.user.label')} hint={tr('ledger.user.hint')}>
          <Input value={userName} maxLength={60} onChange={(_, d) => setUserName(d.value)} />
        </Field>
        <div>
          <Button appearance="primary" type="submit" disabled={!!command.busy}>
            {tr('addin.settings.save')}
          </Button>
        </div>
        <CommandStatus command={command} />
      </form>
      <Divider />
      <NoticePaste host={host} lang={lang} pane={pane} />
    </div>
  );
}
