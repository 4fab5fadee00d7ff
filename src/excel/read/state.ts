/**
 * What the Office.js read learns beyond the snapshot, kept for the apply of
 * the same command (the port hands the snapshot it read back to apply): the
 * conditional formats already on the sheets read whole, so that apply can
 * leave them alone when they are exactly what the plan says, and what the
 * read could not do (shown to the user with what apply could not do).
 * Kept beside the snapshot object, not in it: the engine does not plan from
 * it, it only saves requests.
 */
import type { WorkbookSnapshot } from '../../engine/core/snapshot';
import type { Degradation } from '../limits';

/** A conditional format on a sheet, in the sheet's priority order. */
export interface ExistingRule {
  type: string;
  /** Custom rules only. */
  formula?: string;
  fill?: string;
  font?: string;
  stopIfTrue: boolean;
  /** The range it applies to ('A2:T101'); null when it applies to several areas or is not known. */
  range: string | null;
}

export interface ReadState {
  /** Sheet name → its conditional formats (sheets read whole whose formats were read). */
  rules: Map<string, ExistingRule[]>;
  degraded: Degradation[];
}

const states = new WeakMap<WorkbookSnapshot, ReadState>();

export function rememberRead(snapshot: WorkbookSnapshot, state: ReadState): void {
  states.set(snapshot, state);
}

/** What the read of this snapshot learnt; nothing for a snapshot from elsewhere. */
export function readStateOf(snapshot: WorkbookSnapshot): ReadState | undefined {
  return states.get(snapshot);
}
