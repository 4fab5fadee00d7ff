/**
 * Charts on generated sheets (ChartOp; Office.js only, ExcelJS cannot write
 * them). A rebuild replaces the chart of the same name: the sheet's charts
 * are listed in the prep sync.
 */
import type { Plan } from '../../engine/core/plan';
import { findSheet } from '../../engine/core/snapshot';
import { jsonBytes } from '../limits';
import type { ApplySession } from './batch';

export interface ChartLookup {
  sheet: string;
  charts: Excel.ChartCollection;
}

/** Prep sync: the charts already on the sheets the plan draws on. */
export function queueChartLookups(s: ApplySession, plan: Plan): ChartLookup[] {
  const sheets = [...new Set((plan.charts ?? []).map((c) => c.sheet))].filter((n) => findSheet(s.snapshot, n));
  return sheets.map((sheet) => {
    const charts = s.sheet(sheet).charts;
    charts.load('items/name');
    return { sheet, charts };
  });
}

export async function applyCharts(s: ApplySession, plan: Plan, existing: ChartLookup[]): Promise<void> {
  for (const c of plan.charts ?? []) {
    if (!s.sheetNames.has(c.sheet)) continue;
    await s.reserve(jsonBytes(c) + 200);
    const ws = s.edit(c.sheet);
    const old = existing.find((e) => e.sheet === c.sheet)?.charts.items.filter((x) => x.name === c.name) ?? [];
    for (const o of old) o.delete();
    const chart = ws.charts.add(
      'ColumnClustered' as Excel.ChartType,
      ws.getRange(c.dataRange),
      'Columns' as Excel.ChartSeriesBy,
    );
    chart.name = c.name;
    chart.title.text = c.title;
    chart.setPosition(c.anchor);
  }
}
