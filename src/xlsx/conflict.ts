/**
 * The co-authoring guard's error (Plan.expect): a cell the plan was computed
 * from differs now. Its own module, so the patcher (./patch) raises the same
 * error as the ExcelJS writer without loading ExcelJS.
 */
import { EngineError } from '../engine';

export class PlanConflictError extends EngineError {
  constructor(params: Record<string, string>) {
    super('xlsx.conflict', params);
  }
}
