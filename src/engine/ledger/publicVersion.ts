/**
 * The public version of a document (docs/STATUS.md, "The public version"):
 * every paragraph and every table cell it prints passes one screen
 * (src/engine/privacy) — personal numbers, e-mail addresses, the names of
 * everyone the workbook names, the words of the setting 公开版屏蔽词 — and the
 * counts say how many were withheld by each rule, never what. Headings and
 * column headers are ours and are not screened, nor is the issuer the user
 * gave for the document.
 */
import type { WorkbookSnapshot } from '../core/snapshot';
import { type Lang, listSeparator, t } from '../../i18n';
import { SCREEN_RULES, type Screen, type ScreenCounts, makeScreen, personNames, splitWordList } from '../privacy';
import type { DocumentBlock } from './document';
import type { LedgerData } from './types';

/** The screen for this workbook: its people's names and its words to withhold. */
export function publicScreen(data: LedgerData, snapshot: WorkbookSnapshot): Screen {
  return makeScreen({ names: personNames(data, snapshot), words: splitWordList(data.settings.publicWithhold) });
}

/** The blocks with every paragraph and table cell screened. */
export function screenBlocks(blocks: readonly DocumentBlock[], screen: Screen): DocumentBlock[] {
  return blocks.map((b) => {
    if (b.kind === 'paragraph') return { kind: 'paragraph', text: screen.screen(b.text) };
    if (b.kind === 'heading') return b;
    return { kind: 'table', table: { ...b.table, rows: b.table.rows.map((r) => r.map((c) => screen.screen(c))) } };
  });
}

/** How many were withheld, by rule: "公开版已屏蔽 9 处：手机号码 2 处、…". */
export function withheldText(counts: ScreenCounts, lang: Lang): string {
  const total = SCREEN_RULES.reduce((n, r) => n + counts[r], 0);
  const parts = SCREEN_RULES.map((r) =>
    t(lang, 'public.withheld.rule', { rule: t(lang, `public.rule.${r}`), n: counts[r] }),
  );
  return t(lang, 'public.withheld', { total, rules: parts.join(listSeparator(lang)) });
}
