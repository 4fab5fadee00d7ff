/** What a part of the pane says when its work ends (kept apart so that the engine's chunk needs no hook). */
export type Intent = 'success' | 'error' | 'warning' | 'info';

export interface Status {
  intent: Intent;
  text: string;
  /** Further lines (e.g. what the workbook could not take). */
  extra?: string[];
}
