/**
 * 导入旧台账: pick a hand-made ledger sheet of the open workbook, see how its
 * columns map (and change it), confirm, and the rows go into the three
 * lists. The preview is the import command planned as a dry run on one read
 * of the workbook; confirming runs the same command for real, like
 * `rectify import`, and every written cell is logged in `_log`.
 */
import * as React from 'react';
import {
  Button,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  makeStyles,
} from '@fluentui/react-components';
import { type ImportResult, formatImportReport } from '../../../engine';
import { CommandStatus } from '../../components/CommandStatus';
import { useCommand } from '../../hooks/useCommand';
import { useSnapshot } from '../../hooks/useSnapshot';
import { errorText, useT } from '../../i18n';
import type { PanelProps } from '../types';
import { ImportChecks } from './ImportChecks';
import { ImportNotices } from './ImportNotices';
import { MappingTable } from './MappingTable';
import { importableSheets, mappingRules, previewImport, sheetImport } from './sources';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px', padding: '12px' },
  row: { display: 'flex', gap: '8px', alignItems: 'end', flexWrap: 'wrap' },
});

function Message({ intent, text }: { intent: 'error' | 'warning' | 'info'; text: string }): React.JSX.Element {
  return (
    <MessageBar intent={intent}>
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}

/** Nothing to write: every row is already in the ledger as it is (or repeats another in this import). */
const nothingNew = (r: ImportResult) => r.counts.problems + r.counts.tasks + r.counts.updatedCells === 0;

/** No column of the sheet is the required 反馈日期: the panel offers one date for every row. */
const lacksFeedbackDate = (r: ImportResult) => r.events.some((e) => e.code === 'import.required.missingFillable');

export default function ImportPanel({ host, lang, pane }: PanelProps): React.JSX.Element {
  const s = useStyles();
  const tr = useT();
  const command = useCommand(host, lang, pane.changed);
  const { snapshot, failure, replace } = useSnapshot(host);
  const sheets = React.useMemo(() => (snapshot ? importableSheets(snapshot) : []), [snapshot]);
  const [chosen, setChosen] = React.useState('');
  const sheet = sheets.includes(chosen) ? chosen : (sheets[0] ?? '');
  const [previewing, setPreviewing] = React.useState(false);
  const [overrides, setOverrides] = React.useState<Record<string, string>>({});
  const [feedbackDate, setFeedbackDate] = React.useState('');
  const [addToLists, setAddToLists] = React.useState(false);
  const choices = React.useMemo(
    () => ({ rules: mappingRules(overrides), feedbackDate: feedbackDate || undefined, addToLists }),
    [overrides, feedbackDate, addToLists],
  );

  const preview = React.useMemo(
    () =>
      snapshot && sheet && previewing ? previewImport(snapshot, sheet, choices, { lang, today: host.today() }) : null,
    [snapshot, sheet, previewing, choices, lang, host],
  );
  const result: ImportResult | null = preview && 'result' in preview ? preview.result : null;

  const startPreview = (show: boolean) => {
    command.show(null);
    setPreviewing(show);
  };
  const confirm = async () => {
    if (!snapshot) return;
    const outcome = await command.run('import', sheetImport(snapshot, sheet, lang, choices), (o) => ({
      intent: 'success',
      text: tr('import.panel.done', { ...o.result.counts }),
    }));
    if (!outcome) return;
    // The workbook as the import left it: a second preview sees the imported rows as already imported.
    replace(outcome.after());
    setPreviewing(false);
  };

  return (
    <div className={s.root} data-testid="import-panel">
      <Text as="h2" weight="semibold" size={500}>
        {tr('import.panel.title')}
      </Text>
      <Text>{tr('import.panel.intro')}</Text>
      {!snapshot && !failure && <Spinner size="tiny" label={tr('import.panel.reading')} />}
      {failure && <Message intent="error" text={failure} />}
      {snapshot && !sheets.length && <Message intent="info" text={tr('import.panel.noSheets')} />}
      {sheets.length > 0 && (
        <div className={s.row}>
          <label>
            {tr('import.panel.sheet')}
            <br />
            <Select
              aria-label={tr('import.panel.sheet')}
              value={sheet}
              onChange={(_, d) => {
                setChosen(d.value);
                setOverrides({});
                startPreview(false);
              }}
            >
              {sheets.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </Select>
          </label>
          <Button onClick={() => startPreview(true)}>{tr('import.panel.preview')}</Button>
        </div>
      )}
      {preview && 'error' in preview && <Message intent="error" text={errorText(lang, preview.error)} />}
      <CommandStatus command={command} />
      {result && (
        <>
          <Text>{tr('import.report.counts', { ...result.counts })}</Text>
          <MappingTable
            result={result}
            lang={lang}
            overrides={overrides}
            onOverride={(header, target) => setOverrides({ ...overrides, [header]: target })}
          />
          <ImportChecks
            result={result}
            lang={lang}
            onMap={(header, target) => setOverrides({ ...overrides, [header]: target })}
            addToLists={addToLists}
            onAddToLists={setAddToLists}
          />
          <ImportNotices result={result} lang={lang} />
          {(feedbackDate || lacksFeedbackDate(result)) && (
            <label>
              {tr('import.panel.feedbackDate')}
              <br />
              <Input
                type="date"
                aria-label={tr('import.panel.feedbackDate')}
                value={feedbackDate}
                onChange={(_, d) => setFeedbackDate(d.value)}
              />
            </label>
          )}
          {nothingNew(result) && <Message intent="warning" text={tr('import.panel.nothingNew')} />}
          <div className={s.row}>
            <Button appearance="primary" disabled={!!command.busy || nothingNew(result)} onClick={() => void confirm()}>
              {tr('import.panel.confirm', { n: result.counts.problems, updated: result.counts.updatedProblems })}
            </Button>
            <Button onClick={() => startPreview(false)}>{tr('import.panel.cancel')}</Button>
            <Button onClick={() => void navigator.clipboard?.writeText(formatImportReport(result, { dryRun: true }))}>
              {tr('import.panel.copy')}
            </Button>
            {command.busy && <Spinner size="tiny" label={tr('import.panel.writing')} />}
          </div>
        </>
      )}
    </div>
  );
}
