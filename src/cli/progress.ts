/** A progress bar on stderr, only on a terminal or when asked for with --progress. */
import { SingleBar } from 'cli-progress';
import type { CliKey } from '../i18n/cli';
import type { CliContext } from './context';

export class Progress {
  private bar: SingleBar | null = null;

  constructor(
    private readonly ctx: CliContext,
    enabled: boolean,
    total: number,
  ) {
    if (!enabled) return;
    this.bar = new SingleBar(
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
