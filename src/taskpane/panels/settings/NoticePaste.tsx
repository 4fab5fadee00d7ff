/**
 * 粘贴节假日通知: the State Council's notice pasted as text is read as the user
 * types (a short pause first), previewed (NoticePreview), and written into
 * `_calendar` by the engine's calendarNotice command through the pane host,
 * like every other command (one read, the plan, `_log`, one write). When
 * rows of that year in `_calendar` contradict it, nothing is written until the
 * user lets the notice replace it. Errors in the notice keep the write button
 * off. The pane's summary (and its calendar banner) follows from the outcome.
 */
import * as React from 'react';
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  type NoticeWriteResult,
  type ParsedNotice,
  calendarNoticeCommand,
  parseNotice,
} from '../../../engine/calendarNotice';
import type { Lang } from '../../../i18n/index';
import { CommandStatus } from '../../components/CommandStatus';
import { type Status, useCommand } from '../../hooks/useCommand';
import { errorText, useT } from '../../i18n';
import type { PanelProps } from '../types';
import { NoticePreview } from './NoticePreview';
import { NoticeResult } from './NoticeResult';

/** How long typing must pause before the text is read again. */
export const PARSE_DELAY_MS = 250;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  text: { fontSize: tokens.fontSizeBase200 },
});

type Reading = { notice: ParsedNotice; failure: null } | { notice: null; failure: string | null };

function read(text: string, lang: Lang): Reading {
  if (!text.trim()) return { notice: null, failure: null };
  try {
    return { notice: parseNotice(text), failure: null };
  } catch (e) {
    return { notice: null, failure: errorText(lang, e) };
  }
}

function resultStatus(tr: ReturnType<typeof useT>, r: NoticeWriteResult, replace: boolean): Status {
  if (r.needsReplace) return { intent: 'warning', text: tr('calendar.pane.needsReplace', { year: r.year }) };
  if (r.added.length === 0 && !replace) {
    return { intent: 'info', text: tr('calendar.pane.alreadyIn', { year: r.year, same: r.same }) };
  }
  const replaced = replace ? r.changed.length + r.extra.length : 0;
  return {
    intent: 'success',
    text: replaced
      ? tr('calendar.pane.writtenReplaced', { year: r.year, added: r.added.length, replaced })
      : tr('calendar.pane.written', { year: r.year, added: r.added.length }),
  };
}

export function NoticePaste({ host, lang, pane }: PanelProps): React.JSX.Element {
  const s = useStyles();
  const tr = useT();
  const [text, setText] = React.useState('');
  const [reading, setReading] = React.useState<Reading>({ notice: null, failure: null });
  const [result, setResult] = React.useState<{ result: NoticeWriteResult; replaced: boolean } | null>(null);
  const command = useCommand(host, lang, pane.changed);

  React.useEffect(() => {
    const id = setTimeout(() => setReading(read(text, lang)), text.trim() ? PARSE_DELAY_MS : 0);
    return () => clearTimeout(id);
  }, [text, lang]);

  const { notice } = reading;
  const write = (replace: boolean) => {
    if (!notice) return;
    setResult(null);
    void command.run('calendarNotice', calendarNoticeCommand(notice, { replace }), (o) => {
      setResult({ result: o.result, replaced: replace });
      return resultStatus(tr, o.result, replace);
    });
  };
  const blocked = !notice || notice.errors.length > 0 || !!command.busy;

  return (
    <section className={s.root} aria-label={tr('calendar.pane.title')} data-section="calendar-notice">
      <Text as="h2" size={400} weight="semibold" style={{ margin: 0 }}>
        {tr('calendar.pane.title')}
      </Text>
      <span className={s.hint}>{tr('calendar.pane.hint')}</span>
      <Field label={tr('calendar.pane.text')}>
        <Textarea
          className={s.text}
          value={text}
          rows={6}
          resize="vertical"
          placeholder={tr('calendar.pane.placeholder')}
          onChange={(_, d) => {
            setText(d.value);
            setResult(null);
            command.show(null);
          }}
        />
      </Field>
      {reading.failure && (
        <MessageBar intent="warning" layout="multiline" data-notice="unread">
          <MessageBarBody>{reading.failure}</MessageBarBody>
        </MessageBar>
      )}
      {notice && <NoticePreview notice={notice} lang={lang} />}
      {notice && (
        <div>
          <Button appearance="primary" disabled={blocked} onClick={() => write(false)}>
            {tr('calendar.pane.write')}
          </Button>
        </div>
      )}
      <CommandStatus command={command} />
      {result && (
        <NoticeResult
          result={result.result}
          replaced={result.replaced}
          lang={lang}
          busy={!!command.busy}
          onReplace={() => write(true)}
        />
      )}
    </section>
  );
}
