/**
 * Holiday notices for the pane's tests and its screenshot: the real 2025
 * notice (test/fixtures/calendar-notices), and a 2027 notice written in the
 * official wording for the tests — not published, its dates made up, every
 * weekday in brackets right (2027-01-01 is a Friday).
 *
 * NOTICE_2027 sets 29 days off (元旦 3, 春节 9, 清明节 3, 劳动节 5, 端午节 1,
 * 中秋节 1, 国庆节 7) and 5 make-up working days, in 7 months.
 */
import { readFileSync } from 'fs';
import { join } from 'path';

export const NOTICE_2025 = readFileSync(
  join(__dirname, '..', '..', 'fixtures', 'calendar-notices', '2025.txt'),
  'utf8',
);

export const NOTICE_2027 = [
  '国务院办公厅关于2027年部分节假日安排的通知',
  '国办发明电〔2026〕9号',
  '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
  '经国务院批准，现将2027年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。',
  '一、元旦：1月1日（周五）至3日（周日）放假，共3天。',
  '二、春节：2月5日（农历除夕、周五）至13日（农历正月初八、周六）放假调休，共9天。2月20日（周六）上班。',
  '三、清明节：4月3日（周六）至5日（周一）放假，共3天。',
  '四、劳动节：5月1日（周六）至5日（周三）放假调休，共5天。4月25日（周日）、5月8日（周六）上班。',
  '五、端午节：6月9日（周三）放假，共1天。',
  '六、中秋节：9月15日（周三）放假，共1天。',
  '七、国庆节：10月1日（周五）至7日（周四）放假调休，共7天。9月26日（周日）、10月9日（周六）上班。',
  '节假日期间，各地区、各部门要妥善安排好值班和安全、保卫、疫情防控等工作，遇有重大突发事件，要按规定及时报告并妥善处置，确保人民群众祥和平安度过节日假期。',
  '国务院办公厅',
  '2026年10月30日',
].join('\n');

/** The same notice with one wrong weekday: 1月1日 2027 is a Friday, not a Thursday. */
export const NOTICE_2027_WRONG_WEEKDAY = NOTICE_2027.replace('1月1日（周五）', '1月1日（周四）');
