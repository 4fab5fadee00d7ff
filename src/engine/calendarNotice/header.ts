/**
 * Where a notice is in a pasted text, and what it says of itself: its year,
 * title and 文号, and its numbered items ("二、春节：…" up to the closing
 * paragraph). The text is the normalised one line of normalize.ts, so
 * punctuation is ASCII here (: , ( )) and nothing is split by line breaks.
 */

export interface NoticeHead {
  year: number;
  title: string | null;
  docNumber: string | null;
  adjustment: boolean;
  /** Where the notice's own text starts in the flat text (after its title, when it has one). */
  start: number;
}

export interface NoticeItem {
  /** As the notice writes it: "二、春节", "六、中秋节、国庆节". */
  label: string;
  /** The holiday: "春节", "中秋节、国庆节". */
  holiday: string;
  body: string;
}

/** 《国务院办公厅关于2027年部分节假日安排的通知》 or 《…关于调整2020年春节假期的通知》. */
const TITLE = /(?:国务院办公厅)?关于(调整)?(\d{4})年(?:部分)?(?:节假日|[^,。:]{1,8}?假期)(?:放假)?(?:安排)?的通知/;
/** "现将2027年元旦、春节……" in the body, or a relay's "2027年元旦、春节……具体安排如下". */
const BODY_YEAR = /现将(\d{4})年|(\d{4})年,?(?:元旦|春节)[、,和]/;
const DOC_NUMBER = /国办发(?:明电)?[〔[(【](\d{4})[〕\])】](\d{1,4})号/;

export function readHead(flat: string): NoticeHead | null {
  const title = TITLE.exec(flat);
  const body = BODY_YEAR.exec(flat);
  const year = title ? Number(title[2]) : body ? Number(body[1] ?? body[2]) : NaN;
  if (!Number.isInteger(year) || year < 1990 || year > 2200) return null;
  const doc = DOC_NUMBER.exec(flat);
  return {
    year,
    title: title ? (title[0].startsWith('国务院办公厅') ? title[0] : `国务院办公厅${title[0]}`) : null,
    docNumber: doc ? doc[0].replace(/[[(【]/, '〔').replace(/[\])】]/, '〕') : null,
    adjustment: !!title?.[1],
    start: title ? title.index + title[0].length : 0,
  };
}

/**
 * An item's head: an ordinal ("二、", "(二)", "2.") or the start of a sentence, then one or more holiday names
 * joined by 、, then ':'. The name class excludes 、 : and the sentence marks, so matching is linear.
 */
const ITEM =
  /(^|[。;]|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[.、])((?:[^:、。,;()]{1,16}、){0,3}[^:、。,;()]{1,16}):/g;
/** A name an item may carry: a festival, 元旦, a memorial day, or the holiday season. */
const HOLIDAY_NAME = /(节|元旦|纪念日|假期|五一|十一)$/;
/** Where the items stop: the closing paragraph, the signature, or a web page's clutter after the notice. */
const ITEMS_END =
  /节假日期间|国务院办公厅(?=\d|二|$)|来源:|责任编辑|相关链接|相关新闻|相关阅读|相关文章|【|打印本页|关闭窗口|分享到|扫一扫/;
/** The holidays a notice names, for a notice that has no numbered items (an adjustment of one holiday). */
const KNOWN = /元旦|春节|清明节|劳动节|端午节|中秋节|国庆节|[^,。:、]{0,12}纪念日/;

function cutAtEnd(body: string): string {
  const end = ITEMS_END.exec(body);
  return end ? body.slice(0, end.index) : body;
}

/** The numbered items, each with its text up to the next item (the last one up to the closing paragraph). */
export function readItems(flat: string): NoticeItem[] {
  const startAt = Math.max(0, flat.indexOf('通知如下'));
  const heads: { index: number; end: number; label: string; holiday: string }[] = [];
  // The items end where the notice's closing paragraph or a page's clutter begins: a related article's
  // "一、元旦：…" below the notice is not one of its items.
  let stop = flat.length;
  ITEM.lastIndex = startAt;
  for (let m = ITEM.exec(flat); m && m.index < stop; m = ITEM.exec(flat)) {
    const names = m[2].split('、');
    if (!names.every((n) => HOLIDAY_NAME.test(n))) {
      ITEM.lastIndex = m.index + 1; // "。一、元旦:" is not an item "一、元旦"; "一、元旦:" may be
      continue;
    }
    const ordinal = /^[。;]$/.test(m[1]) ? '' : m[1];
    heads.push({ index: m.index, end: m.index + m[0].length, label: `${ordinal}${m[2]}`, holiday: m[2] });
    if (heads.length === 1) {
      const end = ITEMS_END.exec(flat.slice(m.index));
      if (end) stop = m.index + end.index;
    }
  }
  return heads.map((h, i) => {
    const next = heads[i + 1];
    const body = flat.slice(h.end, next ? next.index : undefined);
    return { label: h.label, holiday: h.holiday, body: next ? body : cutAtEnd(body) };
  });
}

/** A notice without numbered items (an adjustment of one holiday): its body is one item, named by its holiday. */
export function wholeBodyItem(flat: string, head: NoticeHead): NoticeItem {
  const body = cutAtEnd(flat.slice(head.start));
  const holiday = KNOWN.exec(body)?.[0] ?? '';
  return { label: holiday, holiday, body };
}
