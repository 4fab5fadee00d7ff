/**
 * 记录进展: progress, completion and evidence on the measure of the row selected in 任务清单 (the dropdown is the
 * fallback), through the same recordCommand as `rectify record` — so `_log`, `_evidence` and the problem's status
 * are the same on both surfaces. Evidence files are fingerprinted in the browser (hashFile.ts); nothing is
 * uploaded. Loaded only when its tab is opened.
 */
import * as React from 'react';
import { Button, Field, Input, Textarea, makeStyles } from '@fluentui/react-components';
import { type RecordEvidence, type RecordResult, recordCommand, taskIdAtRow } from '../../../engine/record';
import { CommandStatus } from '../../components/CommandStatus';
import { RowPicker } from '../../components/RowPicker';
import type { PaneOutcome } from '../../host';
import type { Status } from '../../hooks/useCommand';
import { tRecordPanel } from '../../../i18n/catalogues/recordPanel';
import { useT } from '../../i18n';
import { useRowPanel } from '../ledger/useRowPanel';
import type { PanelProps } from '../types';
import { fingerprintFile } from './hashFile';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px' },
  actions: { display: 'flex', gap: '8px', marginTop: '8px' },
  hint: { fontSize: '12px', color: '#605e5c' },
});

export default function RecordPanel({ host, lang, pane }: PanelProps): React.JSX.Element {
  const s = useStyles();
  const paneWord = useT();
  const tr = (key: Parameters<typeof tRecordPanel>[1], params?: Record<string, string | number>) =>
    tRecordPanel(lang, key, params);
  const { failure, command, ledger, id, setId, followSelection } = useRowPanel(
    { host, lang, pane },
    { at: taskIdAtRow, none: 'record.panel.noTaskAtSelection', picked: 'record.panel.selectedFrom' },
  );
  const [progress, setProgress] = React.useState('');
  const [done, setDone] = React.useState('');
  const [links, setLinks] = React.useState('');
  const [by, setBy] = React.useState('');
  const [files, setFiles] = React.useState<RecordEvidence[]>([]);

  const onFiles = (list: FileList | null) =>
    void command.attempt('hash', async () => {
      const picked = await Promise.all([...(list ?? [])].map(fingerprintFile));
      setFiles(picked);
      const names = picked.map((f) => f.item).join(lang === 'zh' ? '、' : ', ');
      return picked.length
        ? { intent: 'info', text: tr('record.panel.hashed', { n: picked.length, files: names }) }
        : null;
    });

  const described = (o: PaneOutcome<RecordResult>): Status => ({
    intent: 'success',
    text: `${o.result.lines.join(' ')} ${tr('record.panel.logged', { n: o.logged })}`,
    ...(o.result.notes.length ? { extra: o.result.notes } : {}),
  });
  const onRecord = () => {
    const typed = links
      .split('\n')
      .map((x) => x.trim())
      .filter(Boolean)
      .map((item) => ({ item }));
    const request = {
      measureId: id,
      ...(progress.trim() ? { progress } : {}),
      ...(done.trim() ? { doneOn: done.trim() } : {}),
      evidence: [...files, ...typed],
      ...(by.trim() ? { by: by.trim() } : {}),
    };
    void command.run('record', recordCommand(request), described).then((o) => {
      if (o) setFiles([]);
    });
  };

  const { data } = ledger;
  const busy = !!command.busy || !data;
  const status =
    command.status ??
    ((failure ?? ledger.failure) ? { intent: 'error' as const, text: (failure ?? ledger.failure)! } : null);
  return (
    <div className={s.root}>
      <CommandStatus command={{ ...command, status }} />
      {data && !data.mappings.tasks && <p>{tr('record.panel.noTasks')}</p>}
      {data?.mappings.tasks && (
        <section aria-label={paneWord('record.panel.title')}>
          <RowPicker
            label={tr('record.panel.measure')}
            items={data.tasks.map((x) => ({
              id: x.id,
              key: `${x.id}-${x.row}`,
              text: `${x.id} ${x.measure.slice(0, 16)}`,
            }))}
            {...{ id, onId: setId, busy, onFollowSelection: followSelection }}
          />
          <Field label={tr('record.panel.progress')}>
            <Textarea value={progress} onChange={(_, d) => setProgress(d.value)} />
          </Field>
          <Field label={tr('record.panel.done')}>
            <Input value={done} placeholder="2025-06-30" onChange={(_, d) => setDone(d.value)} />
          </Field>
          <Field label={tr('record.panel.files')} hint={tr('record.panel.filesHint')}>
            <input
              type="file"
              multiple
              aria-label={tr('record.panel.files')}
              onChange={(e) => onFiles(e.target.files)}
            />
          </Field>
          <Field label={tr('record.panel.links')}>
            <Textarea value={links} onChange={(_, d) => setLinks(d.value)} />
          </Field>
          <Field label={tr('record.panel.by')}>
            <Input value={by} onChange={(_, d) => setBy(d.value)} />
          </Field>
          <div className={s.actions}>
            <Button appearance="primary" disabled={busy || !id} onClick={onRecord}>
              {tr('record.panel.record')}
            </Button>
          </div>
        </section>
      )}
    </div>
  );
}
