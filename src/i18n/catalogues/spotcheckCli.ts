/** `rectify spotcheck`: help and output. Only the command line loads this catalogue. */
import type { Entry } from '../translate';

export const SPOTCHECK_CLI_MESSAGES = {
  'cli.spotcheck.description': {
    zh: '销号抽查：按被巡察单位分层，从已销号问题中按比例抽取（同一种子抽出同样的问题），写入“抽查清单”；加 --apply 执行清单中填写的结论（不属实、反弹的问题退回重改）。',
    en: 'Spot checks after close-out: draw a share of the closed problems, stratified by inspected unit (the same seed draws the same problems), into "Spot checks"; with --apply, apply the conclusions typed there (not true or relapsed problems are sent back).',
  },
  'cli.spotcheck.opt.ratio': {
    zh: '抽取比例：10%、10％ 或 0.1（每个单位抽 向上取整(比例×已销号数) 个，至少 1 个）',
    en: 'the share to draw: 10%, 10％ or 0.1 (each unit gives ceil(ratio × its closed problems), at least 1)',
  },
  'cli.spotcheck.opt.seed': {
    zh: '随机种子（0–4294967295 的整数）；同一台账、同一种子抽出同样的问题',
    en: 'the seed (a whole number 0–4294967295); the same seed on the same ledger draws the same problems',
  },
  'cli.spotcheck.opt.by': { zh: '抽查人（写入“抽查人”）', en: 'who checks (written as Checked by)' },
  'cli.spotcheck.opt.apply': {
    zh: '执行“抽查清单”中已填写、尚未处理的结论',
    en: 'apply the conclusions typed in Spot checks that are not yet handled',
  },
  'cli.spotcheck.opt.json': { zh: '抽取结果输出为一行 JSON', en: 'print the draw as one line of JSON' },
  'cli.spotcheck.helpAfter': {
    zh: '\n例：\n  rectify spotcheck 台账.xlsx --ratio 10% --seed 7 --by 李四 --in-place\n  （在“抽查清单”中填写 结论 和 说明 后）\n  rectify spotcheck 台账.xlsx --apply --in-place\n退出码：0 完成；1 有结论未执行（问题已不是已销号）；2 选项有误或结论无法执行（逐格列出，未写入）。',
    en: '\nExamples:\n  rectify spotcheck ledger.xlsx --ratio 10% --seed 7 --by "Li Si" --in-place\n  (type Conclusion and Note in Spot checks, then)\n  rectify spotcheck ledger.xlsx --apply --in-place\nExit codes: 0 done; 1 some conclusions not applied (the problem is no longer closed); 2 bad options or conclusions that cannot be applied (each named; nothing written).',
  },
  'cli.spotcheck.needRatioSeed': {
    zh: '抽取需要 --ratio（如 10%）和 --seed（如 7）；执行结论用 --apply。',
    en: 'A draw needs --ratio (e.g. 10%) and --seed (e.g. 7); to apply conclusions use --apply.',
  },
  'cli.spotcheck.notWithApply': {
    zh: '{option} 只用于抽取，不能与 --apply 同用。',
    en: '{option} is for a draw; it cannot go with --apply.',
  },
  'cli.spotcheck.badRatio': {
    zh: '--ratio “{value}”：应为 10%、10％ 或 0.1 这样的比例，大于 0、不超过 100%。',
    en: '--ratio "{value}": give a share such as 10%, 10％ or 0.1, above 0 and at most 100%.',
  },
  'cli.spotcheck.badSeed': {
    zh: '--seed “{value}”：应为 0 到 4294967295 之间的整数，如 7。',
    en: '--seed "{value}": give a whole number from 0 to 4294967295, e.g. 7.',
  },
  'cli.spotcheck.batch': {
    zh: '抽查批次：{batch}；共抽取 {n} 个问题（{units} 个被巡察单位）。',
    en: 'Batch: {batch}; {n} problem(s) drawn ({units} inspected unit(s)).',
  },
  'cli.spotcheck.noneClosed': {
    zh: '台账中没有已销号的问题，未抽取。',
    en: 'The ledger has no closed problem: nothing drawn.',
  },
  'cli.spotcheck.pending': { zh: '，其中 {n} 个待上次抽查结论', en: ', {n} waiting for an earlier conclusion' },
  'cli.spotcheck.unit': {
    zh: '{unit}：已销号 {closed} 个{pending}，抽取 {n} 个：{ids}',
    en: '{unit}: {closed} closed{pending}; {n} drawn: {ids}',
  },
  'cli.spotcheck.written': {
    zh: '已写入 {file} 的“{sheet}”表（_log 记录 {logged} 条）。填写 结论 和 说明 后用 --apply 执行。',
    en: 'Written to "{sheet}" in {file} ({logged} _log entries). Type Conclusion and Note, then run with --apply.',
  },
  'cli.spotcheck.reopened': { zh: '退回重改：{id}（{unit}）——{reason}', en: 'Sent back: {id} ({unit}): {reason}' },
  'cli.spotcheck.kept': { zh: '维持销号：{id}（{unit}）', en: 'Closed stands: {id} ({unit})' },
  'cli.spotcheck.nothing': {
    zh: '“{sheet}”中没有待执行的结论（已处理的行不再执行）。',
    en: 'No conclusion to apply in "{sheet}" (rows already handled are not applied again).',
  },
  'cli.spotcheck.errors': {
    zh: '{n} 处结论无法执行，未写入任何内容；改正后重试。',
    en: '{n} conclusion(s) cannot be applied; nothing was written. Correct them and try again.',
  },
} as const satisfies Record<string, Entry>;
