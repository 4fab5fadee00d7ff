/**
 * What every check rule works on: the parsed ledger, the indexes rules share
 * (problems by ID, tasks by problem), and `emit`, which turns a rule's finding
 * into a located message in the layout's language.
 */
import { cellAddress } from '../../core/a1';
import type { Finding } from '../../core/findings';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { type Lang, type MessageKey, type MessageParams, t } from '../../../i18n';
import { problemsById, tasksByProblem } from '../../read/indexes';
import { headerOf } from '../../read/locate';
import type { ParsedWorkbook, ProblemRecord, RecordBase, SheetMapping, TaskRecord } from '../../read/records';
import type { IsoDate } from '../../rules/dates';
import type { AnyListId, ListSheetDef, ListSheetId } from '../../schema/columns';
import { anyListSheet } from '../../schema/listSheets';

export type Severity = 'error' | 'warning';

/** What the surface found of one evidence file (the engine reads no files): its size and SHA-256, or why not. */
export type EvidenceFact =
  | { kind: 'file'; size: number; sha256: string; modified?: string }
  | { kind: 'missing' }
  /** A link (symbolic or not) that leads out of the ledger's folder: not read. */
  | { kind: 'outside' };

/** The surface's look at the evidence files, by entry key (rules/evidence.ts evidenceKey). */
export type EvidenceProbe = ReadonlyMap<string, EvidenceFact>;

export interface CheckContext {
  snapshot: WorkbookSnapshot;
  parsed: ParsedWorkbook;
  today: IsoDate;
  lang: Lang;
  mappings: Record<ListSheetId, SheetMapping>;
  /** The first problem of each ID (a duplicate ID is its own finding). */
  problemsById: ReadonlyMap<string, ProblemRecord>;
  tasksByProblem: ReadonlyMap<string, readonly TaskRecord[]>;
  /** The evidence files as the surface found them; absent where no files can be read (the pane). */
  evidence?: EvidenceProbe;
}

/** Where a rule's finding goes: sheet, row, column index (0 = the whole row) and header. */
export interface Location {
  sheet: string;
  row: number;
  column: number;
  header: string;
}

export type Emit = (where: Location, message: MessageKey, params?: MessageParams) => void;

export function checkContext(
  snapshot: WorkbookSnapshot,
  parsed: ParsedWorkbook,
  today: IsoDate,
  lang: Lang,
): CheckContext {
  return {
    snapshot,
    parsed,
    today,
    lang,
    mappings: parsed.mappings as Record<ListSheetId, SheetMapping>,
    problemsById: problemsById(parsed.problems),
    tasksByProblem: tasksByProblem(parsed.tasks),
  };
}

/** The location of a record's cell; when the column is absent, of its row. */
export function cellOf(ctx: CheckContext, id: AnyListId, rec: RecordBase, key: string): Location {
  const mapping = ctx.parsed.mappings[id]!;
  const def: ListSheetDef<AnyListId> = anyListSheet(id);
  return {
    sheet: mapping.sheet,
    row: rec.row,
    column: mapping.columns[key] ?? 0,
    header: headerOf(mapping, def, key, mapping.lang),
  };
}

/** A finding with its location written in front of the message ("问题清单 E12（问题描述）：…"). */
export function finding(
  lang: Lang,
  where: Location,
  severity: Severity,
  code: string,
  message: MessageKey,
  params: MessageParams = {},
): Finding {
  const { sheet, row, column, header } = where;
  const cell = column > 0 && row > 0 ? cellAddress(row, column) : '';
  const prefix =
    cell !== ''
      ? t(lang, 'check.location', { sheet, cell, column: header })
      : row > 0
        ? t(lang, 'check.locationRow', { sheet, row })
        : t(lang, 'check.locationSheet', { sheet });
  return {
    sheet,
    row,
    column: header,
    cell,
    severity,
    code,
    message: prefix + t(lang, message, { column: header, ...params }),
  };
}
