/**
 * What the preview found worth saying: the engine's events, and its notices grouped by column, value and reason —
 * the same notice for many rows is one line with its rows (the first of them, and how many).
 */
import * as React from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { type ImportResult, groupNotices, groupParams, groupPlaces } from '../../../engine';
import type { Lang } from '../../../i18n/index';
import { useT } from '../../i18n';

const SHOWN = 30;

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: '18px', fontSize: tokens.fontSizeBase200 },
});

export function ImportNotices({ result, lang }: { result: ImportResult; lang: Lang }): React.JSX.Element {
  const s = useStyles();
  const tr = useT();
  const groups = groupNotices(result.notices);
  const title = tr('import.report.notices', { n: result.notices.length });
  return (
    <>
      {result.events.length > 0 && (
        <ul className={s.list} aria-label={tr('import.report.events')}>
          {result.events.map((e, i) => (
            <li key={i}>{tr(e.code, e.params)}</li>
          ))}
        </ul>
      )}
      {groups.length > 0 && (
        <>
          <Text weight="semibold">{title}</Text>
          <ul className={s.list} aria-label={title}>
            {groups.slice(0, SHOWN).map((g, i) => (
              <li key={i}>
                {[g.column, g.value && `“${g.value}”`].filter(Boolean).join(' ')} ({groupPlaces(g, lang)}):{' '}
                {tr(g.notice.code, groupParams(g, lang))}
              </li>
            ))}
          </ul>
          {groups.length > SHOWN && <Text>{tr('import.panel.more', { n: groups.length - SHOWN })}</Text>}
        </>
      )}
    </>
  );
}
