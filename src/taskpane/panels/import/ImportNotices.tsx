/** What the preview found worth saying: the engine's events, and its notices grouped by column and value. */
import * as React from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { type ImportResult, groupNotices } from '../../../engine';
import { useT } from '../../i18n';

const SHOWN = 30;

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: '18px', fontSize: tokens.fontSizeBase200 },
});

export function ImportNotices({ result }: { result: ImportResult }): React.JSX.Element {
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
                {g.column} {g.value && `“${g.value}”`} ({g.cells.join(', ')}):{' '}
                {tr(g.notice.code, { ...g.notice.params, value: g.value })}
              </li>
            ))}
          </ul>
          {groups.length > SHOWN && <Text>{tr('import.panel.more', { n: groups.length - SHOWN })}</Text>}
        </>
      )}
    </>
  );
}
