import type { Command } from '../run/runner';
import type { NoticeWriteResult, ParsedNotice } from './types';

export const calendarNoticeCommand = (
  notice: ParsedNotice,
  opts: { replace?: boolean } = {},
): Command<NoticeWriteResult> => ({
  action: 'log.action.calendarNotice',
  plan: () => {
    throw new Error(`not yet: ${notice.year} ${String(opts.replace)}`);
  },
});
