/**
 * The spot-check commands for the runner (run/runner.ts): draw a sample into
 * 抽查清单, and apply the conclusions typed there. Both read the ledger with
 * run/commands' readLedger, like every command.
 */
import { EngineError } from '../core/errors';
import { t } from '../../i18n';
import { readLedger } from '../run/commands';
import type { Command } from '../run/runner';
import { LEDGER, readScope } from '../run/scope';
import { PROBLEMS } from '../schema/problems';
import { type SpotApplyResult, planSpotApply } from './apply';
import { type Draw, drawSample } from './draw';
import { ratioText } from './ratio';
import { planDrawRows } from './sheet';

const SCOPE = readScope({ ...LEDGER, log: 'tail' });

export interface SpotDrawRequest {
  /** Basis points (10% = 1000): ratio.ts parseRatio. */
  ratio: number;
  /** 0 … 4294967295. */
  seed: number;
  /** 抽查人. */
  by?: string;
}

export interface SpotDrawResult extends Draw {
  batch: string;
  sheet: string;
  /** The sheet was created by this draw. */
  created: boolean;
}

export const spotDrawCommand = (req: SpotDrawRequest): Command<SpotDrawResult> => ({
  action: 'log.action.spotcheck',
  scope: SCOPE,
  plan: (snapshot, env) => {
    const data = readLedger(snapshot, env);
    if (!data.mappings.problems) throw new EngineError('closeout.noSheet', { sheet: PROBLEMS.name[data.lang] });
    const draw = drawSample(data, req);
    const batch = t(data.lang, 'spotcheck.batch', { date: env.today, seed: req.seed, ratio: ratioText(req.ratio) });
    const plan = draw.drawn ? planDrawRows(data, snapshot, draw, { batch, today: env.today, by: req.by ?? '' }) : null;
    const sheet = data.spotChecks?.mapping.sheet ?? t(data.lang, 'spotcheck.sheetName');
    return { plan, result: { ...draw, batch, sheet, created: !data.spotChecks && !!plan } };
  },
});

export const spotApplyCommand = (): Command<SpotApplyResult & { sheet: string }> => ({
  action: 'log.action.spotcheckApply',
  scope: SCOPE,
  plan: (snapshot, env) => {
    const data = readLedger(snapshot, env);
    if (!data.mappings.problems) throw new EngineError('closeout.noSheet', { sheet: PROBLEMS.name[data.lang] });
    const { plan, result } = planSpotApply(data, snapshot, env.today);
    return { plan, result: { ...result, sheet: data.spotChecks!.mapping.sheet } };
  },
});
