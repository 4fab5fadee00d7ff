/**
 * Workbook-scoped defined names (NameOp): an existing name gets the plan's
 * reference, a missing one is added, and a name that already refers where the
 * plan says is left alone (its formula was read in the prep sync). Applied
 * before the rules: a conditional format's formula uses RL_DueSoonDays.
 */
import type { Plan } from '../../engine/core/plan';
import type { ApplySession } from './batch';

/** A reference as Excel gives it back: '=_settings!$B$2' and "='_settings'!$B$2" are the same. */
const normal = (ref: string) => ref.replace(/^=/, '').replace(/'/g, '').toUpperCase();

export async function applyNames(s: ApplySession, plan: Plan): Promise<void> {
  for (const n of plan.names) {
    const existing = [...s.names.keys()].find((k) => k.toLowerCase() === n.name.toLowerCase());
    if (existing !== undefined && normal(s.names.get(existing)!) === normal(n.ref)) continue;
    await s.reserve(n.name.length + n.ref.length);
    if (existing !== undefined) s.wb.names.getItem(existing).formula = n.ref;
    else s.wb.names.add(n.name, n.ref);
    s.names.set(existing ?? n.name, n.ref);
  }
}
