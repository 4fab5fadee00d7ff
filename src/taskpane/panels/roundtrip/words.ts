/** The 下发回收 panel's translator: its own catalogue, loaded with the panel (not with the pane's first screen). */
import type { Lang, MessageParams } from '../../../i18n/index';
import { translator } from '../../../i18n/translate';
import { ROUNDTRIP_PANE_MESSAGES, type RoundTripKey } from '../../../i18n/catalogues/roundtripPane';

const tx = translator(ROUNDTRIP_PANE_MESSAGES);

export type RoundTripT = (key: RoundTripKey, params?: MessageParams) => string;

export const roundTripT =
  (lang: Lang): RoundTripT =>
  (key, params) =>
    tx(lang, key, params);
