/**
 * 整改进展情况报告 from the pane: the same report as `rectify progress`
 * (engine buildProgressReport on the panel's reading of the workbook), to
 * read, copy, or save as the .docx the command line writes. It only reads:
 * nothing is written to the workbook.
 */
import * as React from 'react';
import { Checkbox, Field, Input, Textarea, makeStyles } from '@fluentui/react-components';
import type { WorkbookSnapshot } from '../../../engine/core/snapshot';
import { documentText } from '../../../engine/ledger/document';
import { buildProgressReport } from '../../../engine/ledger/progress';
import type { LedgerData } from '../../../engine/ledger/types';
import { isIsoDate } from '../../../engine/rules/dates';
import { t } from '../../../i18n/index';
import { DocumentButtons } from '../../components/DocumentButtons';
import { useT } from '../../i18n';

const useStyles = makeStyles({
  preview: { width: '100%' },
});

export interface ProgressSectionProps {
  data: LedgerData;
  snapshot: WorkbookSnapshot;
  onCopied(): void;
  onSaved(file: string): void;
  onError(e: unknown): void;
}

export function ProgressSection({
  data,
  snapshot,
  onCopied,
  onSaved,
  onError,
}: ProgressSectionProps): React.JSX.Element {
  const s = useStyles();
  const tr = useT();
  const [since, setSince] = React.useState('');
  const [issuer, setIssuer] = React.useState('');
  const [publicVersion, setPublic] = React.useState(false);
  const sinceOk = since === '' || isIsoDate(since);
  const report = React.useMemo(
    () =>
      buildProgressReport(data, snapshot, {
        since: since && sinceOk ? since : undefined,
        issuer: issuer || undefined,
        publicVersion,
      }),
    [data, snapshot, since, sinceOk, issuer, publicVersion],
  );
  const text = documentText(report.document);
  const file = `${t(report.lang, 'progress.fileStem')}-${data.today}${publicVersion ? '-public' : ''}.docx`;
  return (
    <section aria-label={tr('ledger.progress.title')}>
      <h3>{tr('ledger.progress.title')}</h3>
      <Field
        label={tr('ledger.progress.since')}
        validationMessage={sinceOk ? undefined : tr('ledger.progress.badSince')}
      >
        <Input value={since} placeholder="2025-06-01" onChange={(_, d) => setSince(d.value.trim())} />
      </Field>
      <Field label={tr('ledger.progress.issuer')}>
        <Input value={issuer} onChange={(_, d) => setIssuer(d.value)} />
      </Field>
      <Checkbox
        label={tr('ledger.progress.public')}
        checked={publicVersion}
        onChange={(_, d) => setPublic(!!d.checked)}
      />
      <Textarea aria-label={tr('ledger.progress.preview')} readOnly value={text} rows={14} className={s.preview} />
      <DocumentButtons {...{ doc: report.document, lang: report.lang, file, onCopied, onSaved, onError }} />
    </section>
  );
}
