/** A progress bar on stderr, only on a terminal or when asked for with --progress. */
import type { SingleBar } from 'cli-progress';
import type { CliKey } from '../i18n/cli';
import type { CliContext } from './context';

// Loaded only for a bar that is shown: cli-progress and its dependencies are 22 modules, about 20 ms of CPU at every
// start of a command that shows none (output to a file or a pipe, as in scripts and the benchmark).
type BarCode = typeof import('cli-progress');
const barCode = (): BarCode => require('cli-progress') as BarCode;

export class Progress {
  private bar: SingleBar | null = null;

  constructor(
    private readonly ctx: CliContext,
    enabled: boolean,
    total: number,
  ) {
    if (!enabled) return;
    this.bar = new (barCode().SingleBar)(
      { stream: process.stderr, format: ' {bar} {percentage}% | {stage}', hideCursor: true, clearOnComplete: true },
      undefined,
    );
    this.bar.start(total, 0, { stage: '' });
  }

  update(value: number, stage: CliKey): void {
    this.bar?.update(value, { stage: this.ctx.msg(stage) });
  }

  stop(): void {
    this.bar?.stop();
    this.bar = null;
  }
}

export const progressEnabled = (flag: boolean | undefined): boolean => !!flag || !!process.stderr.isTTY;
