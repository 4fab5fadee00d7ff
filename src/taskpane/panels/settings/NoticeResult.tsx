/**
 * What writing a holiday notice did: the deadlines that moved (the first 20,
 * and how many more), and rows of the year the notice does not set (kept);
 * or — when `_calendar` contradicts the notice and nothing was written — the
 * rows that differ. Either way with the button that lets the notice replace
 * them.
 */
import * as React from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CalendarRowDiff, NoticeWriteResult } from '../../../engine/calendarNotice/types';
import { listSeparator } from '../../../i18n/index';
import { useT } from '../../i18n';

/** Moved deadlines listed by name; the rest are counted. */
export const MOVED_SHOWN = 20;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '6px' },
  list: { margin: 0, paddingLeft: '18px', fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase300 },
  small: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

function Differences({ rows }: { rows: Pick<NoticeWriteResult, 'changed' | 'extra'> }): React.JSX.Element {
  const s = useStyles();
  const tr = useT();
  const note = (d: CalendarRowDiff) => (d.note ? `${tr('calendar.pane.noteSep')}${d.note}` : '');
  return (
    <ul className={s.list} data-list="differences">
      {rows.changed.map((d) => (
        <li key={`c${d.row}`}>
          {tr('calendar.pane.diff.changed', { row: d.row, date: d.date, type: d.type, to: d.to ?? '' })}
        </li>
      ))}
      {rows.extra.map((d) => (
        <li key={`e${d.row}`}>
          {tr('calendar.pane.diff.extra', { row: d.row, date: d.date, type: d.type, note: note(d) })}
        </li>
      ))}
    </ul>
  );
}

/** The rows that differ and the button that lets the notice replace them. */
function Replace({
  rows,
  busy,
  onReplace,
}: {
  rows: Pick<NoticeWriteResult, 'changed' | 'extra'>;
  busy: boolean;
  onReplace(): void;
}): React.JSX.Element {
  const tr = useT();
  return (
    <>
      <Differences rows={rows} />
      <div>
        <Button appearance="primary" disabled={busy} onClick={onReplace}>
          {tr('calendar.pane.replace')}
        </Button>
      </div>
    </>
  );
}

export function NoticeResult({
  result,
  replaced,
  lang,
  busy,
  onReplace,
}: {
  result: NoticeWriteResult;
  /** The result of a run that let the notice replace what differed. */
  replaced: boolean;
  lang: 'zh' | 'en';
  busy: boolean;
  onReplace(): void;
}): React.JSX.Element {
  const s = useStyles();
  const tr = useT();
  if (result.needsReplace) {
    return (
      <div className={s.root}>
        <Replace rows={result} busy={busy} onReplace={onReplace} />
      </div>
    );
  }
  // Written; rows of the year the notice does not set were kept, and may still be emptied.
  const kept = replaced ? [] : result.extra;
  const none = tr('calendar.pane.noDate');
  const shown = result.moved.slice(0, MOVED_SHOWN);
  const more = result.moved.length - shown.length;
  return (
    <div className={s.root}>
      {result.moved.length === 0 ? (
        <span className={s.small}>{tr('calendar.pane.noMoved')}</span>
      ) : (
        <>
          <Text size={200} weight="semibold">
            {tr('calendar.pane.moved', { n: result.moved.length })}
          </Text>
          <ul className={s.list} data-list="moved">
            {shown.map((m) => (
              <li key={`${m.sheet}!${m.cell}`}>
                {tr(m.cell ? 'calendar.pane.movedRow' : 'calendar.pane.movedRowNoCell', {
                  sheet: m.sheet,
                  row: m.row,
                  id: m.id,
                  column: m.column,
                  old: m.old ?? none,
                  new: m.new ?? none,
                })}
              </li>
            ))}
          </ul>
          {more > 0 && <span className={s.small}>{tr('calendar.pane.movedMore', { n: more })}</span>}
        </>
      )}
      {kept.length > 0 && (
        <>
          <span className={s.small}>{tr('calendar.pane.extraKept', { n: kept.length, year: result.year })}</span>
          <Replace rows={{ changed: [], extra: kept }} busy={busy} onReplace={onReplace} />
        </>
      )}
      {result.uncovered.length > 0 && (
        <span className={s.small}>
          {tr('calendar.pane.stillUncovered', { years: result.uncovered.join(listSeparator(lang)) })}
        </span>
      )}
    </div>
  );
}
