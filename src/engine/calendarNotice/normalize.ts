/**
 * A notice as people paste it, made one plain line: traditional characters
 * folded to simplified (only those a notice's dates and keywords use),
 * full-width forms folded by Unicode NFKC (，：（） → , : ( )), and every kind of
 * white space dropped. Chinese needs no spaces, and a paste from a web page
 * or a PDF breaks lines anywhere, even inside "1月\n1日".
 */

/** Traditional → simplified for the characters that carry meaning in a notice. */
const TRADITIONAL = new Map(
  [
    '節节', '調调', '連连', '週周', '與与', '勞劳', '動动', '國国', '慶庆', '農农', '曆历', '歷历', '補补', '關关',
    '於于', '務务', '辦办', '廳厅', '發发', '號号', '電电', '別别', '間间', '為为', '會会', '個个', '兩两', '數数',
    '來来', '這这', '當当', '後后', '臘腊', '時时', '陽阳', '陰阴', '過过', '統统', '規规', '實实', '際际', '報报',
    '單单', '區区', '門门', '級级', '將将', '禮礼', '戰战', '勝胜', '紀纪', '華华', '結结', '帶带', '錯错', '處处',
    '確确', '眾众', '衆众', '樂乐', '進进', '開开', '閉闭', '員员', '體体', '優优', '減减', '頒颁', '舊旧', '屆届',
    '強强', '現现', '決决', '定定', '修修', '訂订', '條条', '據据', '則则', '順顺', '併并', '並并', '遇遇', '長长',
    '與与', '業业', '產产', '營营', '經经', '輸输', '運运', '遊游', '儘尽', '鬥斗', '義义', '衛卫', '護护', '類类',
  ].map((pair) => [pair[0], pair[1]] as const),
);

/** Space, NBSP, ideographic space, zero-width characters, BOM, line and paragraph breaks. */
const INVISIBLE = /[\s\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]+/g;

/** Dashes and tildes people use between two dates, folded to one. */
const RANGE_MARKS = /[~\u2010-\u2015\u2212\u301c\uff5e]/g;

export function normalizeNotice(text: string): string {
  let out = '';
  for (const ch of text) out += TRADITIONAL.get(ch) ?? ch;
  return out.normalize('NFKC').replace(INVISIBLE, '').replace(RANGE_MARKS, '-');
}
