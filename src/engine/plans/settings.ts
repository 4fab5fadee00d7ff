/**
 * planSettings: the pane's settings panel writes `_settings` through a plan
 * like every other command, so the values land where the CLI and WPS users
 * read them, each change is logged in `_log`, and a bad value is refused with
 * the setting's own help text before anything is written.
 */
import { EngineError } from '../core/errors';
import { HELPER_SHEET_NAMES } from '../schema/layout';
import type { Lang } from '../../i18n/index';
import { type CellValue, type Plan, type WorkbookSnapshot, cellAddress, emptyPlan, findSheet } from '../core/model';
import { SETTING_LABELS, readSettings, settingDisplayValue, settingsSheetRows } from '../read/helperSheets';
import { SETTING_SCHEMAS, type SettingKey, type Settings } from '../rules/settings';

/** The cell text of a setting ('是'/'否', a number, 'zh'/'en'). */
function display(k: SettingKey, lang: Lang, s: Settings): CellValue {
  return k === 'lang' ? s.lang : settingDisplayValue(k, lang, s);
}

export interface SettingsChange {
  plan: Plan;
  /** The settings as they will be once the plan is applied. */
  settings: Settings;
  changed: SettingKey[];
}

export function planSettings(
  snapshot: WorkbookSnapshot,
  values: Partial<Settings>,
  opts: { lang: Lang; now?: string },
): SettingsChange {
  const lang = opts.lang;
  const info = readSettings(snapshot, lang);
  const next: Settings = { ...info.settings };
  const changed: SettingKey[] = [];
  for (const [k, raw] of Object.entries(values) as [SettingKey, unknown][]) {
    if (raw === undefined) continue;
    const parsed = SETTING_SCHEMAS[k].safeParse(raw);
    if (!parsed.success) {
      throw new EngineError('settings.invalid', { name: SETTING_LABELS[k].label[lang], value: String(raw) });
    }
    if (parsed.data !== info.settings[k] || !info.present.includes(k)) {
      (next as Record<string, unknown>)[k] = parsed.data;
      changed.push(k);
    }
  }
  const plan = emptyPlan();
  const name = HELPER_SHEET_NAMES.settings;
  const sheet = findSheet(snapshot, name);
  const time = opts.now ?? snapshot.readAt;
  if (!sheet) {
    const rows = settingsSheetRows(lang);
    plan.sheets.push({ name, create: true, visibility: 'hidden' });
    rows.forEach((r, i) => {
      const key = i === 0 ? undefined : (Object.keys(SETTING_LABELS) as SettingKey[])[i - 1];
      if (key) r[1] = display(key, lang, next);
    });
    plan.writes.push({ sheet: name, row: 1, column: 1, values: rows });
  } else {
    let nextRow = Math.max(sheet.values.length, 1) + 1;
    for (const k of changed) {
      const value = display(k, lang, next);
      const row = info.rows[k];
      if (row) {
        const old: CellValue = sheet.values[row - 1]?.[1] ?? null;
        plan.writes.push({ sheet: name, row, column: 2, values: [[value]] });
        plan.expect = [...(plan.expect ?? []), { sheet: name, address: cellAddress(row, 2), value: old }];
        plan.log.push({
          time,
          action: 'settings',
          sheet: name,
          address: cellAddress(row, 2),
          oldValue: old,
          newValue: value,
          user: snapshot.user,
        });
      } else {
        plan.writes.push({
          sheet: name,
          row: nextRow,
          column: 1,
          values: [[SETTING_LABELS[k].label[lang], value, SETTING_LABELS[k].help[lang]]],
        });
        plan.log.push({
          time,
          action: 'settings',
          sheet: name,
          address: cellAddress(nextRow, 2),
          oldValue: null,
          newValue: value,
          user: snapshot.user,
        });
        nextRow++;
      }
    }
  }
  return { plan, settings: next, changed };
}
