/**
 * The pane's tests run the real host (src/taskpane/host.ts → runInExcel →
 * the Office.js adapter) against the fake Excel host, in jsdom: what a panel
 * shows is what the add-in would show, and what it writes is read back from
 * the fake workbook. Dates are fixed at the fixture's TODAY.
 */
import * as React from 'react';
import { TextDecoder, TextEncoder } from 'util';
import { render } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { CellValue, WorkbookSnapshot } from '../../src/engine';
import { readSnapshot } from '../../src/excel';
import { type PaneHost, createPaneHost } from '../../src/taskpane/host';
import { loadCore } from '../../src/taskpane/loadCore';
import { LangContext } from '../../src/taskpane/i18n';
import type { PaneState, PanelProps } from '../../src/taskpane/panels/types';
import { addPaneWords } from '../../src/i18n/pane';
import { PANE_CATALOGUE } from '../../src/i18n/paneWords';
import { FakeExcel, fromSnapshot } from '../fakeExcel';
import { TODAY, sheet } from '../engine/ledger/fixture';

// The tests render panels directly; in the pane, PanelTabs loads the engine's words (loadCore) before a panel shows.
addPaneWords(PANE_CATALOGUE);
// The pane starts loading its engine when it opens (src/taskpane/index.tsx): so do the tests, once per file, so that
// a first command does not also wait for the module to compile.
beforeAll(() => loadCore(), 60000);

// jsdom has no ResizeObserver; Fluent's MessageBar only uses it to reflow long text.
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

// jsdom has no TextEncoder either; the fake host measures request sizes in UTF-8 bytes with it, as Excel limits them.
Object.assign(globalThis, {
  TextEncoder: globalThis.TextEncoder ?? TextEncoder,
  TextDecoder: globalThis.TextDecoder ?? TextDecoder,
});

export { TODAY, sheet };

export interface Workbench {
  excel: FakeExcel;
  host: PaneHost;
  /** The fake workbook as the add-in would read it now. */
  read(): Promise<WorkbookSnapshot>;
  /** Rows of a sheet as read now (empty when there is no such sheet). */
  values(name: string): Promise<CellValue[][]>;
}

/** Installs a fake Excel holding `snapshot` (Office and Excel globals) and a pane host on it. */
export function workbench(snapshot: Pick<WorkbookSnapshot, 'sheets'>, lang: 'zh' | 'en' = 'zh'): Workbench {
  const excel = new FakeExcel(fromSnapshot(snapshot), { displayLanguage: lang === 'zh' ? 'zh-CN' : 'en-US' });
  excel.install();
  const read = () => excel.run((ctx) => readSnapshot(ctx));
  const values = async (name: string) => (await read()).sheets.find((s) => s.name === name)?.values ?? [];
  return { excel, host: createPaneHost(lang, { today: TODAY }), read, values };
}

export function uninstall(): void {
  delete (globalThis as Record<string, unknown>).Office;
  delete (globalThis as Record<string, unknown>).Excel;
}

/** The pane's shared state as a panel gets it, with `changed` recording every outcome handed to the pane. */
export function testPane(): PaneState & { changed: jest.Mock } {
  return { findings: null, settings: null, changed: jest.fn() };
}

export function inPane(node: React.ReactNode, lang: 'zh' | 'en' = 'zh'): React.JSX.Element {
  return (
    <LangContext.Provider value={lang}>
      <FluentProvider theme={webLightTheme}>{node}</FluentProvider>
    </LangContext.Provider>
  );
}

/** Renders one panel as the pane does (same props, same language context). */
export function renderPanel(Panel: React.ComponentType<PanelProps>, props: PanelProps) {
  return render(inPane(<Panel {...props} />, props.lang));
}
