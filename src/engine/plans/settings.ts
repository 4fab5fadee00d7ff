/**
 * planSettings: the pane's settings panel writes `_settings` through a plan
 * like every other command, so the values land where the command line and
 * WPS users read them, each change is logged in `_log` (stamped by the
 * command runner), and a bad value is refused with the setting's own name
 * before anything is written.
 */
import { cellAddress } from '../core/a1';
import { EngineError } from '../core/errors';
import { type Plan, emptyPlan } from '../core/plan';
import { type WorkbookSnapshot, findSheet } from '../core/snapshot';
import type { Lang } from '../../i18n';
import { readSettings } from '../read/helperSheets';
import { type SettingKey, type Settings, parseSetting } from '../rules/settings';
import { SETTING_LABELS, settingDisplayValue, settingRow, settingsSheetRows } from '../schema/helperLayouts';
import { HELPER_SHEET_NAMES } from '../schema/sheets';

export interface SettingsChange {
  plan: Plan;
  /** The settings as they will be once the plan is applied. */
  settings: Settings;
  changed: SettingKey[];
}

/** The settings with the new values; throws a located message for a value the setting does not accept. */
function merge(current: Settings, present: SettingKey[], values: Partial<Settings>, lang: Lang) {
  const next: Settings = { ...current };
  const changed: SettingKey[] = [];
  for (const [k, raw] of Object.entries(values) as [SettingKey, unknown][]) {
    if (raw === undefined) continue;
    const parsed = parseSetting(k, raw);
    if (!parsed.ok)
      throw new EngineError('settings.invalid', { name: SETTING_LABELS[k].label[lang], value: String(raw) });
    if (parsed.value !== current[k] || !present.includes(k)) {
      (next as Record<string, unknown>)[k] = parsed.value;
      changed.push(k);
    }
  }
  return { next, changed };
}

export function planSettings(
  snapshot: WorkbookSnapshot,
  values: Partial<Settings>,
  opts: { lang: Lang },
): SettingsChange {
  const lang = opts.lang;
  const info = readSettings(snapshot, lang);
  const { next, changed } = merge(info.settings, info.present, values, lang);
  const plan = emptyPlan();
  const name = HELPER_SHEET_NAMES.settings;
  const sheet = findSheet(snapshot, name);
  if (!sheet) {
    plan.sheets.push({ name, create: true, visibility: 'hidden' });
    plan.writes.push({ sheet: name, row: 1, column: 1, values: settingsSheetRows(lang, next) });
    return { plan, settings: next, changed };
  }
  plan.expect = [];
  let nextRow = Math.max(sheet.values.length, 1) + 1;
  for (const k of changed) {
    const row = info.rows[k];
    if (row) {
      const old = sheet.values[row - 1]?.[1] ?? null;
      plan.writes.push({ sheet: name, row, column: 2, values: [[settingDisplayValue(k, lang, next)]] });
      plan.expect.push({ sheet: name, address: cellAddress(row, 2), value: old });
    } else {
      plan.writes.push({ sheet: name, row: nextRow++, column: 1, values: [settingRow(k, lang, next)] });
    }
  }
  return { plan, settings: next, changed };
}
