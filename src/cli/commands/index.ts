/** Every sub-command of `rectify`, registered in the order `--help` lists them. */
import type { Command } from 'commander';
import type { CliContext } from '../context';
import { registerCalendar } from './calendar';
import { registerCheck } from './check';
import { registerClue } from './clue';
import { registerCollect } from './collect';
import { registerCloseOut } from './closeout';
import { registerDeadline } from './deadline';
import { registerDemo } from './demo';
import { registerDistribute } from './distribute';
import { registerExtend } from './extend';
import { registerImport } from './import';
import { registerInit } from './init';
import { registerLetters } from './letters';
import { registerProgress } from './progress';
import { registerRecord } from './record';
import { registerRefresh } from './refresh';
import { registerReport } from './report';
import { registerSpotcheck } from './spotcheck';
import { registerUnitReport } from './unitReport';

export function registerCommands(program: Command, ctx: CliContext): void {
  registerDeadline(program, ctx);
  registerCalendar(program, ctx);
  registerImport(program, ctx);
  registerReport(program, ctx);
  registerLetters(program, ctx);
  registerProgress(program, ctx);
  registerRecord(program, ctx);
  registerCloseOut(program, ctx);
  registerExtend(program, ctx);
  registerClue(program, ctx);
  registerUnitReport(program, ctx);
  registerDistribute(program, ctx);
  registerCollect(program, ctx);
  registerSpotcheck(program, ctx);
  registerDemo(program, ctx);
  registerInit(program, ctx);
  registerCheck(program, ctx);
  registerRefresh(program, ctx);
}
