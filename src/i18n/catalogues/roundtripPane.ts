/**
 * The 下发/回收 panel's own words. Loaded with the panel (its translator is
 * local to it), so the pane's first screen does not carry them; only the
 * tab's title is in the pane catalogue (catalogues/pane.ts).
 */
import type { Entry } from '../translate';

export const ROUNDTRIP_PANE_MESSAGES = {
  'rt.distribute.title': { zh: '下发：各单位填报包', en: 'Distribute: a package per unit' },
  'rt.distribute.intro': {
    zh: '每个责任单位一个工作簿：只含本单位的问题、措施和整改报告行；办公室的列锁定，单位填写的列开放。下载后分发给各单位。',
    en: 'One workbook per responsible unit, holding only its problems, measures and report row; the office’s columns are locked, the unit’s open. Download and send them out.',
  },
  'rt.distribute.due': { zh: '报送期限', en: 'Return by' },
  'rt.distribute.contact': { zh: '联系人及电话', en: 'Contact' },
  'rt.distribute.run': { zh: '生成并下载填报包', en: 'Make and download the packages' },
  'rt.distribute.done': {
    zh: '第 {round} 轮下发：{units} 个单位的填报包已下载为 {file}（问题 {problems} 个、措施 {tasks} 条）。',
    en: 'Round {round}: packages for {units} units downloaded as {file} ({problems} problems, {tasks} measures).',
  },
  'rt.distribute.none': {
    zh: '台账中没有责任单位，没有可下发的内容。',
    en: 'The ledger names no responsible unit: nothing to distribute.',
  },
  'rt.distribute.unit': {
    zh: '{unit}：问题 {problems} 个，措施 {tasks} 条{report}',
    en: '{unit}: {problems} problems, {tasks} measures{report}',
  },
  'rt.distribute.withReport': { zh: '，含整改报告行', en: ', with its report row' },
  'rt.distribute.changes': {
    zh: '与第 {round} 轮相比：新增 {added} 行，移除 {removed} 行，办公室内容改动 {changed} 行',
    en: 'Since round {round}: {added} rows added, {removed} removed, {changed} with office values changed',
  },
  'rt.distribute.zipStem': { zh: '下发', en: 'packages' },
  'rt.collect.title': { zh: '回收：合并各单位填报', en: 'Collect: merge what units returned' },
  'rt.collect.intro': {
    zh: '选择各单位退回的填报包（可多选）。只取单位填写的列，按问题编号、任务编号对应，不按位置；改动办公室的列、他人的行都只报告、不写入。',
    en: 'Pick the returned packages (several at once). Only the unit’s columns are taken, matched by problem and task ID, never by position; office columns changed and rows of others are reported, never written.',
  },
  'rt.collect.pick': { zh: '选择退回的文件', en: 'Returned files' },
  'rt.collect.run': { zh: '合并到台账', en: 'Merge into the ledger' },
  'rt.collect.reading': { zh: '正在读取 {file}…', en: 'Reading {file}…' },
  'rt.collect.done': {
    zh: '{files} 个文件：合并 {merged} 个单元格，拒绝 {refused} 个，延期申请 {requests} 条（_log 留痕 {logged} 条）。',
    en: '{files} files: {merged} cells merged, {refused} refused, {requests} extension requests ({logged} entries in _log).',
  },
  'rt.collect.nothing': {
    zh: '{files} 个文件：没有新内容（已合并过的文件再次回收不会改动台账）。',
    en: '{files} files: nothing new (a file collected before changes nothing).',
  },
  'rt.collect.package': { zh: '{unit}（{file}，第 {round} 轮）', en: '{unit} ({file}, round {round})' },
  'rt.status.merged': { zh: '已合并', en: 'merged' },
  'rt.status.unchanged': { zh: '无改动', en: 'no changes' },
  'rt.status.alreadyCollected': { zh: '已回收过，未重复合并', en: 'collected before, not merged again' },
  'rt.status.otherLedger': { zh: '不是本台账下发的填报包，未合并', en: 'a package of another ledger, not merged' },
  'rt.status.olderRound': { zh: '比已回收的版本旧，未合并', en: 'older than the one collected, not merged' },
  'rt.status.unknownRound': { zh: '没有这一轮的下发记录，未合并', en: 'no record of this round, not merged' },
  'rt.status.unknownUnit': { zh: '不是下发过的单位，未合并', en: 'not a unit packages went to, not merged' },
  'rt.change': {
    zh: '{sheet} {cell}（{id}，{column}）：{old} → {new}',
    en: '{sheet} {cell} ({id}, {column}): {old} → {new}',
  },
  'rt.refused': {
    zh: '未写入 {sheet} {cell}（{id}，{column}）：{old} → {new}，{reason}',
    en: 'Not written {sheet} {cell} ({id}, {column}): {old} → {new}, {reason}',
  },
  'rt.reason.office': { zh: '这是办公室的列，单位不能改', en: 'an office column, not the unit’s to change' },
  'rt.reason.conflict': {
    zh: '下发后办公室也改了这个单元格，请人工决定',
    en: 'the office changed this cell too since distributing: a person decides',
  },
  'rt.reason.status': { zh: '不是可识别的状态', en: 'not a status we know' },
  'rt.reason.date': { zh: '不是可识别的日期', en: 'not a date we can read' },
  'rt.reason.gone': { zh: '台账中已没有这一行', en: 'the row is no longer in the ledger' },
  'rt.reason.noColumn': { zh: '台账没有这一列', en: 'the ledger has no such column' },
  'rt.rows.added': { zh: '单位新增的行（未写入）：{rows}', en: 'Rows the unit added (not written): {rows}' },
  'rt.rows.deleted': {
    zh: '单位删除的行（台账不变）：{rows}',
    en: 'Rows the unit deleted (the ledger keeps them): {rows}',
  },
  'rt.rows.reordered': {
    zh: '行序被调整（按编号对应，无影响）：{sheets}',
    en: 'Rows reordered (matched by ID, no effect): {sheets}',
  },
  'rt.rows.foreign': { zh: '不属于该单位的行（未写入）：{rows}', en: 'Rows of another unit (not written): {rows}' },
  'rt.empty': { zh: '（空）', en: '(empty)' },
  'rt.returns.title': { zh: '回收情况', en: 'Returns' },
  'rt.returns.returned': { zh: '{date} 已报', en: 'returned {date}' },
  'rt.returns.count': { zh: '{back} / {all} 个单位已报', en: '{back} of {all} units returned' },
} as const satisfies Record<string, Entry>;

export type RoundTripKey = keyof typeof ROUNDTRIP_PANE_MESSAGES;
