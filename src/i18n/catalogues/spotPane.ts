/** The 销号抽查 section's words (销号与督办 panel). Loaded with the panel, not with the pane's first screen. */
import type { Entry } from '../translate';

export const SPOT_PANE_MESSAGES = {
  'spot.title': { zh: '销号抽查', en: 'Spot checks' },
  'spot.intro': {
    zh: '从已销号问题中按单位分层抽取样本，写入“抽查清单”；同一种子对同一台账抽出同样的样本。抽查后在清单中填写结论（属实 / 不属实 / 反弹）和说明，再点“处理抽查结论”：不属实或反弹的问题退回重改。',
    en: 'Draw a sample of closed problems, stratified by unit, into the Spot checks sheet; the same seed draws the same sample from the same ledger. Type each conclusion (true / not true / relapsed) and a note there, then apply them: not true or relapsed sends the problem back.',
  },
  'spot.ratio': { zh: '抽查比例', en: 'Ratio' },
  'spot.seed': { zh: '随机种子（记下它，可复现样本）', en: 'Seed (keep it: it repeats the sample)' },
  'spot.by': { zh: '抽查人', en: 'Checked by' },
  'spot.draw': { zh: '抽取样本', en: 'Draw the sample' },
  'spot.apply': { zh: '处理抽查结论', en: 'Apply the conclusions' },
  'spot.badRatio': {
    zh: '抽查比例“{value}”无法识别：请写 10%、10％ 或 0.1（大于 0，不超过 100%）。',
    en: 'Ratio "{value}" is not readable: write 10%, or 0.1 (above 0, at most 100%).',
  },
  'spot.badSeed': {
    zh: '随机种子“{value}”无法识别：请写 0 到 4294967295 之间的整数。',
    en: 'Seed "{value}" is not readable: write a whole number from 0 to 4294967295.',
  },
  'spot.drawn': {
    zh: '已抽取 {n} 个问题写入“{sheet}”（{batch}）。',
    en: '{n} problems drawn into "{sheet}" ({batch}).',
  },
  'spot.noneDrawn': { zh: '没有可抽取的已销号问题。', en: 'No closed problem to draw.' },
  'spot.unit': {
    zh: '{unit}：已销号 {closed} 个，抽取 {take} 个 {ids}',
    en: '{unit}: {closed} closed, {take} drawn {ids}',
  },
  'spot.applied': {
    zh: '退回重改 {reopened} 个，维持销号 {confirmed} 个。',
    en: '{reopened} sent back, {confirmed} closed stands.',
  },
  'spot.reopenedRow': { zh: '{id}（{unit}）：{text}', en: '{id} ({unit}): {text}' },
  'spot.applyNothing': { zh: '抽查清单中没有待处理的结论。', en: 'No conclusion waiting in the spot-check sheet.' },
} as const satisfies Record<string, Entry>;

export type SpotKey = keyof typeof SPOT_PANE_MESSAGES;
