/**
 * 填报说明: the first sheet of a package — whom it is for, until when, whom
 * to ask, and what to fill — in Chinese with the English below, whatever the
 * ledger's language (units pass packages on).
 */
import type { CellValue } from '../core/cells';
import { t } from '../../i18n';
import type { IsoDate } from '../rules/dates';
import type { UnitRows } from './units';

export interface PackageInput {
  ledgerId: string;
  round: number;
  packageDate: IsoDate;
  due: IsoDate | '';
  contact: string;
  /** Sheet protection password ('' = protected without one). */
  password: string;
}

export const INSTRUCTIONS_SHEET = { zh: '填报说明', en: 'Instructions' } as const;

/** Row 2, column B: the unit's name (collect reads it when a writer dropped the stamp). */
export const UNIT_CELL = { row: 2, column: 2 };

export function instructionsRows(u: UnitRows, input: PackageInput): CellValue[][] {
  const none = t('zh', 'distribute.help.none') + ' / ' + t('en', 'distribute.help.none');
  const both = (key: Parameters<typeof t>[1]) => `${t('zh', key)} / ${t('en', key)}`;
  const counts = { p: u.problems.length, m: u.tasks.length, r: u.report ? 1 : 0 };
  const rows: CellValue[][] = [
    [t('zh', 'distribute.help.title') + ' ' + t('en', 'distribute.help.title')],
    [both('distribute.help.unit'), u.unit],
    [both('distribute.help.round'), String(input.round)],
    [both('distribute.help.date'), input.packageDate],
    [both('distribute.help.due'), input.due || none],
    [both('distribute.help.contact'), input.contact || none],
    [
      both('distribute.help.rows'),
      `${t('zh', 'distribute.help.counts', counts)} / ${t('en', 'distribute.help.counts', counts)}`,
    ],
    [],
  ];
  const steps = ['1', '2', '3', '4', '5'] as const;
  rows.push([t('zh', 'distribute.help.what')]);
  for (const s of steps) rows.push([s, t('zh', `distribute.help.step${s}`)]);
  rows.push([]);
  rows.push([t('en', 'distribute.help.what')]);
  for (const s of steps) rows.push([s, t('en', `distribute.help.step${s}`)]);
  return rows;
}
