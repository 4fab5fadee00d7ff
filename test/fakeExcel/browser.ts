/**
 * The fake Excel host in a browser page, standing in for office.js in the
 * browser test. It must load before the pane's bundle. The page's query string
 * picks the display language (?lang=en-US) and an optional delay per sync
 * (?latency=200) so progress can be seen. `window.__fakeExcel` lets the test
 * inspect the workbook (selection, values, sync counts).
 */
import { FakeExcel } from './host';
import { FakeWorkbook } from './workbook';
import { demoWorkbook } from './demo';

const params = new URLSearchParams(location.search);
const host = new FakeExcel(params.get('empty') ? new FakeWorkbook() : demoWorkbook(), {
  displayLanguage: params.get('lang') ?? 'zh-CN',
  latencyMs: Number(params.get('latency') ?? 0),
});
host.install(window as unknown as Record<string, unknown>);
(window as unknown as { __fakeExcel: FakeExcel }).__fakeExcel = host;
