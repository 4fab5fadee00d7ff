/**
 * 回收: the returned files to merge, then per file what was merged and what
 * was refused (cell by cell, with the reason), and the 回收情况 table.
 */
import * as React from 'react';
import { Button, Field, makeStyles, tokens } from '@fluentui/react-components';
import { type CollectResult, type PackageReport, returnStateText } from '../../../engine';
import { type Lang, listSeparator, t } from '../../../i18n/index';
import type { RoundTripKey } from '../../../i18n/catalogues/roundtripPane';
import type { RoundTripT } from './words';

const useStyles = makeStyles({
  intro: { color: tokens.colorNeutralForeground2, margin: '0 0 8px' },
  actions: { display: 'flex', gap: '8px', marginTop: '8px' },
  pkg: { marginTop: '8px' },
  lines: { margin: '4px 0 0', paddingLeft: '18px', fontSize: tokens.fontSizeBase200 },
  refused: { color: tokens.colorPaletteRedForeground1 },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, marginTop: '4px' },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '2px 6px', textAlign: 'left' },
  late: { color: tokens.colorPaletteRedForeground1 },
});

const STATUS: Record<PackageReport['status'], RoundTripKey> = {
  merged: 'rt.status.merged',
  unchanged: 'rt.status.unchanged',
  alreadyCollected: 'rt.status.alreadyCollected',
  otherLedger: 'rt.status.otherLedger',
  olderRound: 'rt.status.olderRound',
  unknownRound: 'rt.status.unknownRound',
  unknownUnit: 'rt.status.unknownUnit',
};

export interface CollectSectionProps {
  rt: RoundTripT;
  lang: Lang;
  busy: boolean;
  result: CollectResult | null;
  onCollect(files: readonly File[]): void;
}

export function CollectSection({ rt, lang, busy, result, onCollect }: CollectSectionProps): React.JSX.Element {
  const s = useStyles();
  const [files, setFiles] = React.useState<File[]>([]);
  return (
    <section aria-label={rt('rt.collect.title')}>
      <h3>{rt('rt.collect.title')}</h3>
      <p className={s.intro}>{rt('rt.collect.intro')}</p>
      <Field label={rt('rt.collect.pick')}>
        <input
          type="file"
          aria-label={rt('rt.collect.pick')}
          multiple
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => setFiles(Array.from(e.target.files ?? []))}
        />
      </Field>
      <div className={s.actions}>
        <Button appearance="primary" disabled={busy || files.length === 0} onClick={() => onCollect(files)}>
          {rt('rt.collect.run')}
        </Button>
      </div>
      {result?.packages.map((p) => (
        <PackageLines key={`${p.file}-${p.unit}`} p={p} rt={rt} lang={lang} />
      ))}
      {result && result.returns.length > 0 && <Returns result={result} rt={rt} lang={lang} />}
    </section>
  );
}

function PackageLines({ p, rt, lang }: { p: PackageReport; rt: RoundTripT; lang: Lang }): React.JSX.Element {
  const s = useStyles();
  const none = rt('rt.empty');
  const sep = listSeparator(lang);
  const cell = (c: { sheet: string; cell: string; id: string; column: string; old: string; new: string }) => ({
    sheet: c.sheet,
    cell: c.cell || '-',
    id: c.id,
    column: c.column,
    old: c.old || none,
    new: c.new || none,
  });
  return (
    <div className={s.pkg} data-unit={p.unit}>
      <strong>{rt('rt.collect.package', { unit: p.unit || '?', file: p.file, round: p.round ?? '?' })}</strong>
      {' — '}
      {rt(STATUS[p.status])}
      <ul className={s.lines}>
        {p.warnings.map((w) => (
          <li key={w}>{w}</li>
        ))}
        {p.changes.map((c) => (
          <li key={`${c.sheet}!${c.cell}`}>{rt('rt.change', cell(c))}</li>
        ))}
        {p.refused.map((c) => (
          <li key={`r-${c.sheet}!${c.cell}-${c.id}-${c.column}`} className={s.refused}>
            {rt('rt.refused', { ...cell(c), reason: rt(`rt.reason.${c.reason}`) })}
          </li>
        ))}
        {p.added.length > 0 && <li>{rt('rt.rows.added', { rows: p.added.join(sep) })}</li>}
        {p.deleted.length > 0 && <li>{rt('rt.rows.deleted', { rows: p.deleted.join(sep) })}</li>}
        {p.reordered.length > 0 && <li>{rt('rt.rows.reordered', { sheets: p.reordered.join(sep) })}</li>}
        {p.foreign.length > 0 && <li>{rt('rt.rows.foreign', { rows: p.foreign.join(sep) })}</li>}
      </ul>
    </div>
  );
}

function Returns({ result, rt, lang }: { result: CollectResult; rt: RoundTripT; lang: Lang }): React.JSX.Element {
  const s = useStyles();
  const back = result.returns.filter((r) => r.returned).length;
  const head = [
    'collect.col.unit',
    'collect.col.round',
    'collect.col.state',
    'collect.col.returned',
    'collect.col.due',
  ] as const;
  return (
    <div className={s.pkg} data-returns="">
      <strong>{rt('rt.returns.title')}</strong> {rt('rt.returns.count', { back, all: result.returns.length })}
      <table className={s.table}>
        <thead>
          <tr>
            {head.map((k) => (
              <th key={k} className={s.cell}>
                {t(lang, k)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {result.returns.map((r) => (
            <tr key={r.unit} className={r.overdue ? s.late : undefined}>
              <td className={s.cell}>{r.unit}</td>
              <td className={s.cell}>{r.round}</td>
              <td className={s.cell}>{returnStateText(r, lang)}</td>
              <td className={s.cell}>{r.returned?.date ?? ''}</td>
              <td className={s.cell}>{r.due}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
