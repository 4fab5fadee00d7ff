/**
 * The pane's engine, loaded once, on demand (src/taskpane/core.ts is its own chunk, served by the add-in's own
 * host like every other file: nothing leaves the add-in's origin). A failed load (the add-in's server unreachable
 * for a moment) is not remembered: the next command tries again.
 */
export type Core = typeof import('./core');

let loading: Promise<Core> | null = null;

export function loadCore(): Promise<Core> {
  if (!loading) {
    loading = import(/* webpackChunkName: "core" */ './core').then(
      (core) => {
        core.registerWords();
        return core;
      },
      (e: unknown) => {
        loading = null;
        throw e;
      },
    );
  }
  return loading;
}
