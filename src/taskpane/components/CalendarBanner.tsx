/**
 * Said once, at the top of the pane: computed deadlines run into a year the
 * holiday calendar lacks, so they are counted with weekends only, and the way
 * to fix it (the year's notice, pasted in Settings). Gone once the notice is
 * in: the overview after that write has no gap.
 */
import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { CalendarGaps } from '../../engine/read/calendarGaps';
import { type Lang, listSeparator } from '../../i18n/index';
import { useT } from '../i18n';

export function CalendarBanner({
  gaps,
  lang,
  onOpen,
}: {
  gaps: CalendarGaps;
  lang: Lang;
  /** Shows the Settings tab, where the notice is pasted. */
  onOpen(): void;
}): React.JSX.Element | null {
  const tr = useT();
  if (gaps.years.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-banner="calendar-gap">
      <MessageBarBody>
        <MessageBarTitle>{tr('calendar.pane.banner.title')}</MessageBarTitle>
        {tr('calendar.gap', { cells: gaps.cells, years: gaps.years.join(listSeparator(lang)) })}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onOpen}>
          {tr('calendar.pane.banner.open')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
