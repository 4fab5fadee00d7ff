/**
 * 抽查清单 — the spot checks after close-out (销号抽查, src/engine/spotcheck):
 * one row per drawn problem and batch. It is not one of the lists every
 * ledger has: the first draw creates it. The office types 结论 (属实 / 不属实
 * / 反弹) and 说明; `rectify spotcheck --apply` writes 处理.
 */
import { type ListSheetDef, col } from './columns';

export const SPOT_CHECKS: ListSheetDef<'spotChecks'> = {
  id: 'spotChecks',
  name: { zh: '抽查清单', en: 'Spot checks' },
  tableName: 'SpotChecks',
  columns: [
    col('batch', '抽查批次', 'Batch', 'text', {
      required: true,
      width: 26,
      noteZh: '抽取时写入：日期、种子和比例，如 2026-12-07 种子7 比例10%。同一批次、同一台账可重复抽出同样的问题。',
      noteEn:
        'Written by the draw: date, seed and ratio, e.g. 2026-12-07 seed 7 ratio 10%. The same seed on the same ledger draws the same problems.',
    }),
    col('problemId', '问题编号', 'Problem ID', 'text', {
      required: true,
      width: 14,
      noteZh: '被抽中的已销号问题（问题清单的问题编号）。',
      noteEn: 'The closed problem drawn (its ID in the problem list).',
    }),
    col('unit', '被巡察单位', 'Inspected unit', 'text', {
      width: 16,
      noteZh: '抽取时从问题清单抄录（按单位分层抽取）。',
      noteEn: 'Copied from the problem list at the draw (the draw is stratified by unit).',
    }),
    col('description', '问题描述', 'Description', 'text', {
      width: 36,
      noteZh: '抽取时从问题清单抄录。',
      noteEn: 'Copied from the problem list at the draw.',
    }),
    col('closedOn', '销号日期', 'Closed on', 'date', {
      noteZh: '抽取时从问题清单抄录。',
      noteEn: 'Copied from the problem list at the draw.',
    }),
    col('reviewer', '审核人', 'Reviewer', 'text', {
      width: 10,
      noteZh: '销号时的审核人，抽取时抄录。',
      noteEn: 'Who reviewed the close-out, copied at the draw.',
    }),
    col('checkedOn', '抽查日期', 'Checked on', 'date', {
      noteZh: '抽取之日；实地核查在另一天时改为核查日期。',
      noteEn: 'The day of the draw; change it to the day of the check when that is another day.',
    }),
    col('checker', '抽查人', 'Checked by', 'text', {
      width: 10,
      noteZh: '抽查的人（--by），可改。',
      noteEn: 'Who checks (--by); may be changed.',
    }),
    col('conclusion', '结论', 'Conclusion', 'text', {
      width: 10,
      noteZh: '属实 / 不属实 / 反弹。不属实或反弹的问题在执行抽查结论时退回重改。',
      noteEn:
        'Confirmed / Not true / Relapsed. Not true or relapsed reopens the problem (sent back) when the conclusions are applied.',
    }),
    col('note', '说明', 'Note', 'text', {
      width: 28,
      noteZh: '核查发现的情况；不属实或反弹时写入问题的退回原因。',
      noteEn: 'What the check found; for not true or relapsed it becomes the problem’s reason sent back.',
    }),
    col('handled', '处理', 'Handled', 'text', {
      computed: 'date',
      width: 20,
      noteZh: '自动填写：已退回重改（日期）或 维持销号（日期）。已填写的行不再处理。',
      noteEn: 'Filled in when applied: sent back (date) or closed stands (date). A filled row is not applied again.',
    }),
  ],
};

export type SpotConclusion = 'confirmed' | 'untrue' | 'relapsed';

export const SPOT_CONCLUSIONS: Record<SpotConclusion, { zh: string; en: string }> = {
  confirmed: { zh: '属实', en: 'Confirmed' },
  untrue: { zh: '不属实', en: 'Not true' },
  relapsed: { zh: '反弹', en: 'Relapsed' },
};

/** The conclusion a cell says, in either language (spaces and case ignored); null when empty or unknown. */
export function spotConclusionOf(text: string): SpotConclusion | null {
  const v = text.replace(/\s+/g, '').toLowerCase();
  if (!v) return null;
  for (const [code, words] of Object.entries(SPOT_CONCLUSIONS) as [SpotConclusion, { zh: string; en: string }][])
    if (v === words.zh || v === words.en.replace(/\s+/g, '').toLowerCase()) return code;
  return null;
}
