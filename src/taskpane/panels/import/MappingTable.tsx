/** The preview's columns: each source column, where the engine puts it (the user may change it), how many values. */
import * as React from 'react';
import {
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { type ImportResult, targetLabel } from '../../../engine';
import { columnLetters } from '../../../engine/core/a1';
import { LIST_SHEETS } from '../../../engine/schema/listSheets';
import type { Lang } from '../../../i18n/index';
import { useT } from '../../i18n';
import { AUTO, EXTRA } from './sources';

const useStyles = makeStyles({
  samples: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  file: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground3 },
});

/** Every list column a source column can go to ('问题清单.问题描述'); computed columns are not offered. */
function targetOptions(lang: Lang): string[] {
  return LIST_SHEETS.flatMap((s) =>
    s.columns
      .filter((c) => c.computed !== 'alert' && c.computed !== 'counter')
      .map((c) => `${s.name[lang]}.${c.header[lang]}`),
  );
}

export interface MappingTableProps {
  result: ImportResult;
  lang: Lang;
  overrides: Record<string, string>;
  onOverride(header: string, target: string): void;
}

export function MappingTable({ result, lang, overrides, onOverride }: MappingTableProps): React.JSX.Element {
  const s = useStyles();
  const tr = useT();
  const options = React.useMemo(() => targetOptions(lang), [lang]);
  return (
    <Table size="small" aria-label={tr('import.panel.title')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{tr('import.panel.colSource')}</TableHeaderCell>
          <TableHeaderCell>{tr('import.panel.colTarget')}</TableHeaderCell>
          <TableHeaderCell>{tr('import.panel.colFilled')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {result.files.map((f, i) => (
          <React.Fragment key={`${f.file}\u0000${f.sheet}\u0000${i}`}>
            {/* A workbook of several ledgers (one sheet per unit or year): each sheet's columns under its name. */}
            {result.files.length > 1 && (
              <TableRow>
                <TableCell colSpan={3} className={s.file}>
                  {f.file === f.sheet || f.file.includes(' › ') ? f.file : `${f.file} › ${f.sheet}`}
                </TableCell>
              </TableRow>
            )}
            {f.columns.map((c) => {
              const auto = c.targets.length
                ? c.targets.map((x) => targetLabel(x, lang)).join('、')
                : tr('import.panel.extra');
              return (
                <TableRow key={c.column}>
                  <TableCell>
                    {columnLetters(c.column)} {c.header}
                    {c.samples.length > 0 && <div className={s.samples}>{c.samples.join(' | ')}</div>}
                  </TableCell>
                  <TableCell>
                    <Select
                      size="small"
                      aria-label={`${tr('import.panel.colTarget')} ${c.header}`}
                      value={overrides[c.header] ?? AUTO}
                      disabled={!c.header}
                      onChange={(_, d) => onOverride(c.header, d.value)}
                    >
                      <option value={AUTO}>{tr('import.panel.auto', { target: auto })}</option>
                      <option value={EXTRA}>{tr('import.panel.extra')}</option>
                      {options.map((o) => (
                        <option key={o} value={o}>
                          {o}
                        </option>
                      ))}
                    </Select>
                  </TableCell>
                  <TableCell>{c.filled}</TableCell>
                </TableRow>
              );
            })}
          </React.Fragment>
        ))}
      </TableBody>
    </Table>
  );
}
