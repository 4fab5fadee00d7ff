/**
 * What the preview asks the user to decide before confirming: a required column the sheet lacks that one of its
 * columns looks like (one click maps it, as `--map 源列=目标列` would), and categories outside the dropdown list
 * (kept as typed in their cells; they join the list only when the user ticks it, as `--add-to-lists`).
 */
import * as React from 'react';
import { Button, Checkbox, MessageBar, MessageBarBody, makeStyles } from '@fluentui/react-components';
import { type ImportResult, targetLabel } from '../../../engine';
import type { Lang } from '../../../i18n/index';
import { useT } from '../../i18n';

const useStyles = makeStyles({
  guess: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
});

export interface ImportChecksProps {
  result: ImportResult;
  lang: Lang;
  /** Maps a source column to a target ('问题清单.问题描述', as the mapping table offers it). */
  onMap(source: string, target: string): void;
  addToLists: boolean;
  onAddToLists(add: boolean): void;
}

export function ImportChecks({ result, lang, onMap, addToLists, onAddToLists }: ImportChecksProps): React.JSX.Element {
  const s = useStyles();
  const tr = useT();
  const unlisted = result.unlistedCategories;
  return (
    <>
      {result.guesses.map((g) => (
        <MessageBar key={`${g.file}|${g.source}`} intent="warning">
          <MessageBarBody className={s.guess}>
            {tr('importReport.panel.guess', { source: g.source, column: targetLabel(g.target, lang, false) })}
            <Button size="small" onClick={() => onMap(g.source, targetLabel(g.target, lang))}>
              {tr('importReport.panel.useGuess')}
            </Button>
          </MessageBarBody>
        </MessageBar>
      ))}
      {unlisted.length > 0 && (
        <>
          {!addToLists && (
            <MessageBar intent="info">
              <MessageBarBody>{tr('importReport.panel.unlisted', { n: unlisted.length })}</MessageBarBody>
            </MessageBar>
          )}
          <Checkbox
            checked={addToLists}
            onChange={(_, d) => onAddToLists(!!d.checked)}
            label={tr('importReport.panel.addToLists', { list: unlisted.join(lang === 'zh' ? '、' : ', ') })}
          />
        </>
      )}
    </>
  );
}
