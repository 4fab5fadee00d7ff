/**
 * 线索与整改报告: the actions of the 四账 cycle on the open workbook — sign
 * for and finish the clue of the selected row (the dropdown is the fallback),
 * record a unit's report as submitted, passed or sent back — and the 通报 on
 * overdue clues to read. Every change is an engine command run through the
 * host (clue, unitReport), logged in `_log`; the lists then follow from the
 * workbook as the command left it.
 */
import * as React from 'react';
import { Textarea, makeStyles } from '@fluentui/react-components';
import { type ClueAction, type ClueRequest, clueIdAtRow } from '../../../engine/ledger/clueActions';
import { documentText } from '../../../engine/ledger/document';
import { buildClueNotice } from '../../../engine/ledger/notice';
import type { ReportAction, ReportRequest } from '../../../engine/ledger/reportActions';
import { clueCommand, unitReportCommand } from '../../../engine/run/cycleCommands';
import { t } from '../../../i18n/index';
import { CommandStatus } from '../../components/CommandStatus';
import { DocumentButtons } from '../../components/DocumentButtons';
import type { PaneOutcome } from '../../host';
import type { Status } from '../../hooks/useCommand';
import { errorText, useT } from '../../i18n';
import { useRowPanel } from '../ledger/useRowPanel';
import type { PanelProps } from '../types';
import { ClueSection } from './ClueSection';
import { ReportSection } from './ReportSection';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px' },
  notice: { width: '100%' },
});

export default function CyclePanel({ host, lang, pane }: PanelProps): React.JSX.Element {
  const s = useStyles();
  const tr = useT();
  const { failure, command, ledger, id, setId, followSelection } = useRowPanel(
    { host, lang, pane },
    { at: clueIdAtRow, none: 'cycle.panel.noClueAtSelection', picked: 'cycle.panel.selectedFrom' },
  );

  const done = (o: PaneOutcome<{ message: string }>): Status => ({
    intent: 'success',
    text: `${o.result.message} ${tr('cycle.panel.logged', { n: o.logged })}`,
  });
  const onClue = (action: ClueAction, request: ClueRequest) =>
    void command.run(action, clueCommand(action, request), done);
  const onReport = (action: ReportAction, request: ReportRequest) =>
    void command.run(action, unitReportCommand(action, request), done);

  const { data } = ledger;
  const busy = !!command.busy || !data;
  const has = !!data && (!!data.mappings.clues || !!data.mappings.reports);
  const noticeDoc = data?.mappings.clues ? buildClueNotice(data).document : null;
  const notice = noticeDoc ? documentText(noticeDoc) : '';
  const status =
    command.status ??
    ((failure ?? ledger.failure) ? { intent: 'error' as const, text: (failure ?? ledger.failure)! } : null);
  return (
    <div className={s.root}>
      <CommandStatus command={{ ...command, status }} />
      {data && !has && <p>{tr('cycle.panel.noSheets')}</p>}
      {data?.mappings.clues && (
        <ClueSection
          clues={data.clues}
          id={id}
          onId={setId}
          busy={busy}
          onFollowSelection={followSelection}
          onAction={onClue}
        />
      )}
      {data?.mappings.reports && (
        <ReportSection reports={data.reports} ledgerLang={data.lang} busy={busy} onAction={onReport} />
      )}
      {noticeDoc && data && (
        <section aria-label={tr('cycle.panel.notice')}>
          <h3>{tr('cycle.panel.notice')}</h3>
          <Textarea
            aria-label={tr('cycle.panel.noticePreview')}
            readOnly
            value={notice}
            rows={12}
            className={s.notice}
          />
          <DocumentButtons
            doc={noticeDoc}
            lang={data.lang}
            file={`${t(data.lang, 'notice.fileStem')}-${data.today}.docx`}
            onCopied={() => command.show({ intent: 'success', text: tr('ledger.panel.copied') })}
            onSaved={(file) => command.show({ intent: 'success', text: tr('ledger.progress.saved', { file }) })}
            onError={(e) => command.show({ intent: 'error', text: errorText(lang, e) })}
          />
        </section>
      )}
    </div>
  );
}
