/** Workbook-scoped defined names (NameOp): an existing name gets the plan's reference, a missing one is added. */
import type { Plan } from '../../engine/core/plan';
import type { ApplySession } from './batch';

export async function applyNames(s: ApplySession, plan: Plan): Promise<void> {
  for (const n of plan.names) {
    await s.reserve(n.name.length + n.ref.length);
    if (s.nameNames.has(n.name)) s.wb.names.getItem(n.name).formula = n.ref;
    else {
      s.wb.names.add(n.name, n.ref);
      s.nameNames.add(n.name);
    }
  }
}
