/** Running commands: the port adapters implement, the runner, and every command as a planner. */
export * from './commands';
export * from './runner';
export * from './cycleCommands';
