/**
 * Findings of 检查, grouped by sheet, then errors before warnings. Each
 * finding is a button: Enter/Space or a click selects its cell in Excel.
 */
import * as React from 'react';
import { Badge, Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorCircle16Regular, Warning16Regular } from '@fluentui/react-icons';
import type { Finding, OmittedFindings } from '../../../engine/core/findings';
import { errorText, useT } from '../../i18n';
import type { PanelProps } from '../types';

const LIMIT = 200;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
  sheet: { display: 'flex', flexDirection: 'column', gap: '4px' },
  head: { display: 'flex', alignItems: 'center', gap: '6px' },
  item: {
    justifyContent: 'flex-start',
    textAlign: 'left',
    alignItems: 'flex-start',
    height: 'auto',
    minHeight: '32px',
    paddingTop: '4px',
    paddingBottom: '4px',
    fontWeight: tokens.fontWeightRegular,
    width: '100%',
  },
  cell: { fontFamily: tokens.fontFamilyMonospace, minWidth: '44px', color: tokens.colorBrandForeground1 },
  msg: { whiteSpace: 'normal', overflowWrap: 'anywhere' },
  error: { color: tokens.colorPaletteRedForeground1, flexShrink: 0, marginTop: '2px' },
  warning: { color: tokens.colorPaletteMarigoldForeground1, flexShrink: 0, marginTop: '2px' },
  muted: { color: tokens.colorNeutralForeground3 },
});

interface SheetGroup {
  sheet: string;
  errors: Finding[];
  warnings: Finding[];
  /** Errors and warnings in all, listed or only counted (check lists at most 1,000 of a code). */
  errorCount: number;
  warningCount: number;
}

export function groupFindings(findings: readonly Finding[], omitted: readonly OmittedFindings[] = []): SheetGroup[] {
  const by = new Map<string, SheetGroup>();
  const group = (sheet: string) => {
    let g = by.get(sheet);
    if (!g) by.set(sheet, (g = { sheet, errors: [], warnings: [], errorCount: 0, warningCount: 0 }));
    return g;
  };
  for (const f of findings) {
    const g = group(f.sheet);
    if (f.severity === 'error') {
      g.errors.push(f);
      g.errorCount++;
    } else {
      g.warnings.push(f);
      g.warningCount++;
    }
  }
  for (const o of omitted) {
    const g = group(o.sheet);
    if (o.severity === 'error') g.errorCount += o.count;
    else g.warningCount += o.count;
  }
  return [...by.values()];
}

export default function FindingsPanel({ host, lang, pane }: PanelProps): React.JSX.Element {
  const s = useStyles();
  const tr = useT();
  // Selecting a cell can fail (the sheet was renamed or deleted since the check): say why, above the list.
  const [failure, setFailure] = React.useState<string | null>(null);
  const findings = pane.findings;
  const omitted = pane.omitted ?? [];
  if (!findings || findings.length === 0) {
    return <Text className={s.muted}>{tr(findings ? 'addin.result.checkClean' : 'addin.findings.none')}</Text>;
  }
  let shown = 0;
  const notShown = Math.max(0, findings.length - LIMIT) + omitted.reduce((n, o) => n + o.count, 0);
  const go = (f: Finding) => {
    setFailure(null);
    host.selectCell(f.sheet, f.cell).catch((e: unknown) => setFailure(errorText(lang, e)));
  };
  return (
    <div className={s.root}>
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
      <div className={s.root} role="list" aria-label={tr('addin.findings.title')}>
        {groupFindings(findings, omitted).map((g) => (
          <section key={g.sheet} className={s.sheet} aria-label={g.sheet}>
            <div className={s.head}>
              <Text weight="semibold">{g.sheet}</Text>
              {g.errorCount > 0 && (
                <Badge appearance="tint" color="danger">
                  {tr('addin.findings.errors', { count: g.errorCount })}
                </Badge>
              )}
              {g.warningCount > 0 && (
                <Badge appearance="tint" color="warning">
                  {tr('addin.findings.warnings', { count: g.warningCount })}
                </Badge>
              )}
            </div>
            {[...g.errors, ...g.warnings].map((f, i) => {
              if (shown >= LIMIT) return null;
              shown++;
              return (
                <Button
                  key={`${f.cell}-${f.code}-${i}`}
                  role="listitem"
                  appearance="subtle"
                  className={s.item}
                  data-finding={f.cell}
                  title={f.cell ? tr('addin.findings.goto', { sheet: f.sheet, cell: f.cell }) : undefined}
                  disabled={!f.cell}
                  onClick={() => go(f)}
                  icon={
                    f.severity === 'error' ? (
                      <ErrorCircle16Regular className={s.error} />
                    ) : (
                      <Warning16Regular className={s.warning} />
                    )
                  }
                >
                  <span className={s.cell}>{f.cell || '—'}</span>
                  <span className={s.msg}>{f.message}</span>
                </Button>
              );
            })}
          </section>
        ))}
      </div>
      {notShown > 0 && <Text className={s.muted}>{tr('addin.findings.more', { count: notShown })}</Text>}
    </div>
  );
}
