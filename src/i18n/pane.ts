/**
 * The task pane's translator. Its keys are every word of `paneWords.ts` (the engine's messages and the pane's
 * own), but only the words of the pane's first screen are in the pane's initial script: the pane's own catalogue
 * and the two panel titles kept in panel catalogues. The rest (about a hundred and fifty kilobytes, both
 * languages) arrives with the engine, which the pane loads on demand (src/taskpane/core.ts) and which registers it
 * here with `addPaneWords` before any panel or result is shown.
 */
import type { PANE_CATALOGUE } from './paneWords';
import { PANE_MESSAGES } from './catalogues/pane';
import { CYCLE_PANE_MESSAGES } from './catalogues/cyclePane';
import { RECORD_PANE_MESSAGES } from './catalogues/recordPane';
import { type Entry, type Lang, type MessageParams, render } from './translate';

export type PaneKey = keyof typeof PANE_CATALOGUE;

/** The words of the first screen: the pane's own, and the tab titles that live in panel catalogues. */
export const SHELL_WORDS = { ...PANE_MESSAGES, ...CYCLE_PANE_MESSAGES, ...RECORD_PANE_MESSAGES };

// Prototype-free: a key is looked up as a plain word, never as an object member.
const words: Record<string, Entry> = Object.assign(Object.create(null) as Record<string, Entry>, SHELL_WORDS);
let complete = false;

/** Registers the rest of the pane's words (src/i18n/paneWords.ts). */
export function addPaneWords(catalogue: Record<string, Entry>): void {
  Object.assign(words, catalogue);
  complete = true;
}

/** True once every word of the pane is registered. */
export function paneWordsLoaded(): boolean {
  return complete;
}

/**
 * Renders a pane or engine message. A key whose words are not registered yet shows as the key itself: visible
 * in a test, never a blank or a crash (the pane loads the words before it shows anything that needs them).
 */
export function tp(lang: Lang, key: PaneKey, params?: MessageParams): string {
  const entry = words[key];
  return entry ? render(entry, lang, params) : key;
}
