/** Running commands: the port adapters implement, the runner, and every command as a planner. */
export * from './commands';
export * from './runner';
export * from './cycleCommands';
export { HEAD_ROWS, WHOLE_WORKBOOK, readScope, type ReadScope, type SheetOutline, type SheetPart } from './scope';
