/**
 * The pane's import panel (issue 7): pick a hand-made ledger sheet of the open
 * workbook, see how its columns map (and change it), confirm, and the rows go
 * into the three lists. Same engine, same report as `rectify import`; the
 * panel only reads once and writes once through the host it is given.
 */
import * as React from 'react';
import {
  Button,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ImportResult, Lang, concatPlans, formatImportReport, groupNotices, importLegacy, isEngineError, planImport, readExistingLedger, snapshotAfter, targetLabel } from '../../../engine';
import { GENERATED_SHEET_NAMES, HELPER_SHEET_NAMES } from '../../../engine/schema/sheets';
import { LIST_SHEETS } from '../../../engine/schema/listSheets';
import { Plan } from '../../../engine/core/plan';
import { WorkbookSnapshot } from '../../../engine/core/snapshot';
import { columnLetters } from '../../../engine/core/a1';
import { tp as t } from '../../../i18n/pane';

/** What the panel needs from the workbook: one read, one write, and the core's structuring. */
export interface ImportHost {
  readSnapshot(): Promise<WorkbookSnapshot>;
  /** Applies the plan; the host logs every changed cell in `_log` under `action`. */
  applyPlan(plan: Plan, opts?: { action?: string }): Promise<unknown>;
  /** The core's planStructure (tables, dropdowns, colours) for the workbook as it will be after the import. */
  planStructure?(snapshot: WorkbookSnapshot, lang: Lang): Plan;
}

export interface ImportPanelProps {
  host: ImportHost;
  lang: Lang;
  /** Called after rows were written (the pane re-reads its summary). */
  onImported?: () => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px', padding: '12px' },
  row: { display: 'flex', gap: '8px', alignItems: 'end', flexWrap: 'wrap' },
  samples: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  list: { margin: 0, paddingLeft: '18px', fontSize: tokens.fontSizeBase200 },
});

const NOT_SOURCES = new Set<string>([
  ...LIST_SHEETS.flatMap((s) => [s.name.zh, s.name.en]),
  ...Object.values(GENERATED_SHEET_NAMES).flatMap((n) => [n.zh, n.en]),
  ...Object.values(HELPER_SHEET_NAMES),
]);

/** Sheets a user may import: visible, with something in them, not one of ours. */
export function importableSheets(snapshot: WorkbookSnapshot): string[] {
  return snapshot.sheets
    .filter((s) => s.visibility === 'visible' && !NOT_SOURCES.has(s.name) && !s.name.startsWith('_'))
    .filter((s) => s.values.some((r) => r.some((v) => v !== null && v !== '')))
    .map((s) => s.name);
}

const EXTRA = '__extra__';
const AUTO = '__auto__';

type Phase = 'idle' | 'reading' | 'preview' | 'writing' | 'done';

export function ImportPanel({ host, lang, onImported }: ImportPanelProps): React.JSX.Element {
  const styles = useStyles();
  const msg = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) => t(lang, key, params);
  const [snapshot, setSnapshot] = React.useState<WorkbookSnapshot | null>(null);
  const [sheet, setSheet] = React.useState('');
  const [phase, setPhase] = React.useState<Phase>('idle');
  const [error, setError] = React.useState<string | null>(null);
  const [overrides, setOverrides] = React.useState<Record<string, string>>({});
  const [done, setDone] = React.useState<ImportResult['counts'] | null>(null);

  // One read when the panel opens: the sheet list and, later, the preview come from it.
  React.useEffect(() => {
    let alive = true;
    setPhase('reading');
    host
      .readSnapshot()
      .then((s) => {
        if (!alive) return;
        setSnapshot(s);
        setSheet(importableSheets(s)[0] ?? '');
        setPhase('idle');
      })
      .catch((e: unknown) => {
        if (!alive) return;
        setError(String((e as Error).message ?? e));
        setPhase('idle');
      });
    return () => {
      alive = false;
    };
  }, [host]);

  const preview = React.useMemo(() => {
    if (!snapshot || !sheet || (phase !== 'preview' && phase !== 'writing')) return null;
    const map = Object.entries(overrides)
      .filter(([, v]) => v !== AUTO)
      .map(([source, target]) => `${source}=${target === EXTRA ? 'extra' : target}`);
    try {
      const result = importLegacy([{ file: sheet, snapshot }], {
        lang,
        sheet,
        map,
        existing: readExistingLedger(snapshot),
      });
      return { result, error: null as string | null };
    } catch (e) {
      if (isEngineError(e)) return { result: null, error: t(lang, e.code, e.params) };
      throw e;
    }
  }, [snapshot, sheet, phase, overrides, lang]);

  const sheets = snapshot ? importableSheets(snapshot) : [];

  async function confirm(result: ImportResult) {
    if (!snapshot) return;
    setPhase('writing');
    try {
      const values = planImport(result, snapshot, lang);
      const after = snapshotAfter(snapshot, values);
      const plan = host.planStructure ? concatPlans(values, host.planStructure(after, lang)) : values;
      await host.applyPlan(plan, { action: t(lang, 'log.action.import') });
      setDone(result.counts);
      // Re-read what is really in the workbook now, so a second preview sees the imported rows.
      setSnapshot(await host.readSnapshot().catch(() => after));
      setPhase('done');
      onImported?.();
    } catch (e) {
      setError(isEngineError(e) ? t(lang, e.code, e.params) : String((e as Error).message ?? e));
      setPhase('preview');
    }
  }

  const result = preview?.result ?? null;
  const groups = result ? groupNotices(result.notices) : [];
  const SHOWN = 30;
  const targetOptions = LIST_SHEETS.flatMap((s) =>
    s.columns
      .filter((c) => c.computed !== 'alert' && c.computed !== 'counter')
      .map((c) => `${s.name[lang]}.${c.header[lang]}`),
  );

  return (
    <div className={styles.root} data-testid="import-panel">
      <Text as="h2" weight="semibold" size={500}>
        {msg('import.panel.title')}
      </Text>
      <Text>{msg('import.panel.intro')}</Text>
      {phase === 'reading' && <Spinner size="tiny" label={msg('import.panel.reading')} />}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {snapshot && !sheets.length && (
        <MessageBar intent="info">
          <MessageBarBody>{msg('import.panel.noSheets')}</MessageBarBody>
        </MessageBar>
      )}
      {snapshot && sheets.length > 0 && (
        <div className={styles.row}>
          <label>
            {msg('import.panel.sheet')}
            <br />
            <Select
              aria-label={msg('import.panel.sheet')}
              value={sheet}
              onChange={(_, d) => {
                setSheet(d.value);
                setOverrides({});
                setDone(null);
                setPhase('idle');
              }}
            >
              {sheets.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </Select>
          </label>
          <Button
            onClick={() => {
              setError(null);
              setDone(null);
              setPhase('preview');
            }}
          >
            {msg('import.panel.preview')}
          </Button>
        </div>
      )}
      {preview?.error && (
        <MessageBar intent="error">
          <MessageBarBody>{preview.error}</MessageBarBody>
        </MessageBar>
      )}
      {done && (
        <MessageBar intent="success">
          <MessageBarBody>{msg('import.panel.done', { ...done })}</MessageBarBody>
        </MessageBar>
      )}
      {result && (phase === 'preview' || phase === 'writing') && (
        <>
          <Text>{msg('import.report.counts', { ...result.counts })}</Text>
          <Table size="small" aria-label={msg('import.panel.title')}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{msg('import.panel.colSource')}</TableHeaderCell>
                <TableHeaderCell>{msg('import.panel.colTarget')}</TableHeaderCell>
                <TableHeaderCell>{msg('import.panel.colFilled')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {result.files[0]?.columns.map((c) => {
                const auto = c.targets.length
                  ? c.targets.map((x) => targetLabel(x, lang)).join('、')
                  : msg('import.panel.extra');
                return (
                  <TableRow key={c.column}>
                    <TableCell>
                      {columnLetters(c.column)} {c.header}
                      {c.samples.length > 0 && <div className={styles.samples}>{c.samples.join(' | ')}</div>}
                    </TableCell>
                    <TableCell>
                      <Select
                        size="small"
                        aria-label={`${msg('import.panel.colTarget')} ${c.header}`}
                        value={overrides[c.header] ?? AUTO}
                        disabled={!c.header}
                        onChange={(_, d) => setOverrides({ ...overrides, [c.header]: d.value })}
                      >
                        <option value={AUTO}>{msg('import.panel.auto', { target: auto })}</option>
                        <option value={EXTRA}>{msg('import.panel.extra')}</option>
                        {targetOptions.map((o) => (
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
            </TableBody>
          </Table>
          {result.events.length > 0 && (
            <ul className={styles.list} aria-label={msg('import.report.events')}>
              {result.events.map((e, i) => (
                <li key={i}>{t(lang, e.code, e.params)}</li>
              ))}
            </ul>
          )}
          {groups.length > 0 && (
            <>
              <Text weight="semibold">{msg('import.report.notices', { n: result.notices.length })}</Text>
              <ul className={styles.list} aria-label={msg('import.report.notices', { n: result.notices.length })}>
                {groups.slice(0, SHOWN).map((g, i) => (
                  <li key={i}>
                    {g.column} {g.value && `“${g.value}”`} ({g.cells.join(', ')}):{' '}
                    {t(lang, g.notice.code, { ...g.notice.params, value: g.value })}
                  </li>
                ))}
              </ul>
              {groups.length > SHOWN && <Text>{msg('import.panel.more', { n: groups.length - SHOWN })}</Text>}
            </>
          )}
          {result.counts.problems === 0 ? (
            <MessageBar intent="warning">
              <MessageBarBody>{msg('import.panel.nothingNew')}</MessageBarBody>
            </MessageBar>
          ) : null}
          <div className={styles.row}>
            <Button
              appearance="primary"
              disabled={phase === 'writing' || result.counts.problems + result.counts.tasks === 0}
              onClick={() => void confirm(result)}
            >
              {msg('import.panel.confirm', { n: result.counts.sourceRows - result.counts.alreadyImported })}
            </Button>
            <Button onClick={() => setPhase('idle')}>{msg('import.panel.cancel')}</Button>
            <Button onClick={() => void navigator.clipboard?.writeText(formatImportReport(result, { dryRun: true }))}>
              {msg('import.panel.copy')}
            </Button>
            {phase === 'writing' && <Spinner size="tiny" label={msg('import.panel.writing')} />}
          </div>
        </>
      )}
    </div>
  );
}
