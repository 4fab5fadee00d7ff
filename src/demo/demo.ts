/**
 * A realistic, deterministic 巡察 ledger for trying the product and for tests
 * (`rectify demo`). Same seed + same date + same size → the same workbook.
 *
 * Every status and alert appears (overdue, due soon, on track, closed on time,
 * closed late, ongoing, 退回重改 …); deadlines are computed by the engine, so
 * the demo passes `check` with no findings. With `mistakes`, exactly one
 * violation of each validation rule is planted and its place returned.
 */
import { WorkCalendar, builtInYears } from '../engine/rules/calendar';
import { IsoDate, addDays, daysBetween, toExcelSerial, yearOf } from '../engine/rules/dates';
import { deadlineFromText } from '../engine/rules/deadline';
import { calendarSheetRows, listsSheetRows, logSheetRows, SETTING_LABELS, settingDisplayValue } from '../engine/read/helperSheets';
import {
  DEFAULT_LISTS,
  HELPER_SHEET_NAMES,
  LIST_SHEETS,
  ListSheetDef,
  PROBLEMS,
  PROBLEM_STATUS,
  RESPONSIBILITIES,
  TASKS,
  TASK_STATUS,
} from '../engine/schema/layout';
import type { Lang } from '../i18n/index';
import { CellValue, Plan, SheetSnapshot, WorkbookSnapshot, cellAddress, emptyPlan } from '../engine/core/model';
import { planRefresh } from '../engine/plans/refresh';
import { DEFAULT_SETTINGS, SETTING_KEYS } from '../engine/rules/settings';
import { alertText, computeAlert } from '../engine/rules/status';
import type { CheckCode } from '../engine/plans/check';

// ---------------------------------------------------------------------------
// Seeded PRNG (mulberry32): small, fast, the same on every platform.

export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0 || 0x9e3779b9;
  }
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

// ---------------------------------------------------------------------------
// Content

const UNITS = [
  '市教育局',
  '市卫生健康委员会',
  '市住房和城乡建设局',
  '市交通运输局',
  '市农业农村局',
  '市市场监督管理局',
  '市文化广电旅游局',
  '市生态环境局',
  '市民政局',
  '市人力资源和社会保障局',
  '市自然资源和规划局',
  '市水利局',
  '市商务局',
  '市应急管理局',
  '市医疗保障局',
  '市城市管理局',
  '市机关事务管理局',
  '市公共资源交易中心',
  '青山区委',
  '江北区人民政府',
  '城东街道党工委',
  '市第一人民医院',
  '市城市建设投资集团有限公司',
  '市第二中学',
];

const DESCRIPTIONS: Record<string, string[]> = {
  political: [
    '贯彻落实党中央重大决策部署不够有力，重点项目推进缓慢',
    '落实意识形态工作责任制不到位，对网络舆情研判不足',
    '“第一议题”制度执行不严格，学习贯彻停留在传达层面',
  ],
  ideological: ['党委理论学习中心组学习计划性不强，专题研讨不深入', '党员干部理想信念教育抓得不实，警示教育开展不经常'],
  organizational: [
    '“三会一课”制度落实不严格，部分支部组织生活不规范',
    '党费收缴管理不规范，存在未按标准足额缴纳问题',
    '发展党员程序不规范，入党材料缺失',
  ],
  conduct: [
    '形式主义、官僚主义问题仍然存在，文山会海现象未根本扭转',
    '违规发放津补贴问题整改不彻底',
    '公务用车管理不规范，存在公车私用风险',
  ],
  discipline: [
    '执行中央八项规定精神不严格，公务接待超标准',
    '政府采购管理不规范，存在化整为零规避招标问题',
    '财务管理制度执行不严，报销凭证不完整',
  ],
  antiCorruption: [
    '工程项目管理存在廉洁风险，招投标环节监管不严',
    '对权力运行监督制约不够，重点岗位轮岗交流不到位',
    '对“一把手”和领导班子监督不够有力',
  ],
  appointments: [
    '干部选拔任用程序不规范，个别岗位长期空缺',
    '干部人事档案管理不规范，“三龄二历一身份”认定不严',
    '年轻干部培养力度不够，干部队伍梯队建设滞后',
  ],
  grassroots: ['基层党组织建设薄弱，部分党支部换届不及时', '党建与业务融合不够，存在“两张皮”现象'],
  rectification: ['上轮巡察反馈问题整改不到位，个别问题反弹回潮', '整改台账管理不规范，销号把关不严'],
  other: ['国有资产管理不规范，固定资产账实不符', '内部控制制度不健全，合同管理存在漏洞'],
};

const MEASURES = [
  '召开专题会议，深入剖析问题根源，明确整改责任',
  '修订完善相关管理制度，堵塞制度漏洞',
  '开展专项清理检查，建立问题清单并逐项销号',
  '组织全体党员干部开展专题学习和警示教育',
  '对相关责任人进行约谈提醒，压实主体责任',
  '建立健全长效机制，每季度开展一次督查',
  '完成资产清查盘点，做到账实相符',
  '规范“三会一课”记录，建立季度检查制度',
  '对照问题逐项整改，形成整改情况报告',
  '清退违规发放款项，追回资金上缴财政',
  '完善招投标管理制度，实行项目全过程监管',
  '落实重点岗位轮岗交流制度，制定轮岗计划',
  '补齐干部人事档案缺失材料，开展专项审核',
  '按期完成党支部换届选举工作',
  '开展“回头看”，巩固整改成效',
  '建立整改工作周调度、月通报制度',
];

const DEPARTMENTS = [
  '办公室',
  '组织人事科',
  '财务科',
  '纪检监察室',
  '党建工作科',
  '政策法规科',
  '规划发展科',
  '后勤服务中心',
  '机关党委',
  '审计科',
];

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔汤'.split(
    '',
  );
const GIVEN = [
  '建国',
  '伟',
  '芳',
  '秀英',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀兰',
  '霞',
  '平',
  '刚',
  '志强',
  '海燕',
  '文斌',
  '晓东',
  '红梅',
  '卫东',
  '建华',
  '国庆',
  '春生',
  '立新',
  '海峰',
  '晓红',
  '志刚',
  '丽华',
  '德明',
  '雪松',
  '云飞',
  '子涵',
];
const DUTIES = ['牵头抓总，统筹推进整改', '具体负责整改措施落实', '负责制度修订和督促检查', '负责资料收集和整改报告'];
const EVIDENCE = [
  '会议纪要',
  '整改情况报告',
  '制度文件（印发稿）',
  '培训签到表及照片',
  '清退资金缴款凭证',
  '专项检查工作底稿',
];
const PROGRESS_DOING = [
  '已制定工作方案，正在推进',
  '已完成初步排查，正在整改',
  '制度修订稿已起草，待审议',
  '已召开专题会议部署',
];
const PROGRESS_DONE = ['已完成，相关材料已归档', '已完成，制度已印发执行', '已完成，资金已清退'];
const RESULTS = ['已建立长效机制，问题整改到位', '相关制度已印发执行，未再发生同类问题', '违规款项已全部清退'];
const REJECT_REASONS = ['佐证材料不充分，需补充会议纪要', '整改措施针对性不强，需细化', '整改报告未说明长效机制'];
const ROUND_NAMES = [
  '十四届市委第一轮巡察',
  '十四届市委第二轮巡察',
  '十四届市委第三轮巡察',
  '十四届市委第四轮巡察',
  '十四届市委第五轮巡察',
  '十四届市委第六轮巡察',
];

const LIMITS: Record<Lang, string[]> = {
  zh: ['10个工作日', '15个工作日', '20个工作日', '30天', '60天', '1个月', '2个月', '3个月', '半年', '年底前'],
  en: [
    '10 working days',
    '15 working days',
    '20 working days',
    '30 days',
    '60 days',
    '1 month',
    '2 months',
    '3 months',
    '6 months',
    'end of year',
  ],
};
const IMMEDIATE: Record<Lang, string> = { zh: '立行立改', en: 'immediate' };
const ONGOING: Record<Lang, string> = { zh: '长期坚持', en: 'ongoing' };

// ---------------------------------------------------------------------------

type Scenario =
  'closedOnTime' | 'closedLate' | 'overdue' | 'dueSoon' | 'onTrack' | 'ongoing' | 'rejected' | 'pending' | 'notStarted';

const FORCED: Scenario[] = [
  'overdue',
  'dueSoon',
  'onTrack',
  'closedOnTime',
  'closedLate',
  'ongoing',
  'rejected',
  'pending',
  'notStarted',
  'closedOnTime',
];
/** With --mistakes, rows enough of each kind to plant every rule on its own problem. */
const MISTAKE_ROWS: Scenario[] = [
  ...Array<Scenario>(5).fill('overdue'),
  ...Array<Scenario>(5).fill('notStarted'),
  ...Array<Scenario>(6).fill('closedOnTime'),
  ...Array<Scenario>(12).fill('onTrack'),
];
const WEIGHTS: [Scenario, number][] = [
  ['closedOnTime', 26],
  ['closedLate', 8],
  ['overdue', 12],
  ['dueSoon', 8],
  ['onTrack', 22],
  ['ongoing', 6],
  ['rejected', 6],
  ['pending', 6],
  ['notStarted', 6],
];

type Row = Record<string, CellValue>;

export interface DemoOptions {
  problems?: number;
  lang?: Lang;
  today: IsoDate;
  seed?: number;
  mistakes?: boolean;
  user?: string;
  /** Called now and then with the share done (0..1). */
  onProgress?: (done: number) => void;
}

export interface PlantedMistake {
  code: CheckCode;
  sheet: string;
  /** A1 address ('' for a whole-column finding). */
  cell: string;
  row: number;
  what: string;
}

export interface HeaderRename {
  sheet: string;
  row: number;
  column: number;
  text: string;
}

export interface DemoWorkbook {
  snapshot: WorkbookSnapshot;
  mistakes: PlantedMistake[];
  /**
   * Headers to rename once the workbook is structured (the --mistakes "column
   * missing" case: a person renamed a column in Excel, table and all).
   * Apply with planRenameHeaders on a snapshot taken after structuring.
   */
  renames: HeaderRename[];
  counts: { problems: number; responsibilities: number; tasks: number };
}

function personName(rng: Rng): string {
  return rng.pick(SURNAMES) + rng.pick(GIVEN);
}

function mobile(rng: Rng): string {
  return `1${rng.pick(['3', '5', '7', '8', '9'])}${String(rng.int(0, 999999999)).padStart(9, '0')}`;
}

function landline(rng: Rng): string {
  return `0571-8${String(rng.int(0, 9999999)).padStart(7, '0')}`;
}

interface Targeted {
  limit: string;
  feedback: IsoDate;
  deadline: IsoDate;
}

export function generateDemo(opts: DemoOptions): DemoWorkbook {
  const lang = opts.lang ?? 'zh';
  const n = Math.max(1, Math.floor(opts.problems ?? 40));
  const today = opts.today;
  const rng = new Rng(opts.seed ?? 1);
  const calendar = new WorkCalendar();
  const lastCovered = `${Math.max(...builtInYears())}-12-31`;
  const settings = { ...DEFAULT_SETTINGS, lang };
  const tx = (v: { zh: string; en: string }) => v[lang];
  const ps = PROBLEM_STATUS;
  const ts = TASK_STATUS;
  const kindText = (code: 'immediate' | 'timeLimited' | 'ongoing') =>
    tx(DEFAULT_LISTS.kind.values.find((v) => v.code === code)!);

  const deadlineOf = (feedback: IsoDate, limit: string) => {
    const r = deadlineFromText(feedback, limit, calendar, settings);
    return r.ok ? r.value : null;
  };

  /** Finds a feedback date and limit whose deadline falls in [lo, hi] days from today. */
  const target = (lo: number, hi: number, limits: string[]): Targeted => {
    for (let attempt = 0; attempt < 12; attempt++) {
      const limit = rng.pick(limits);
      const want = rng.int(lo, hi);
      const probe = deadlineOf('2024-03-01', limit);
      if (!probe || !probe.deadline) continue;
      const len = daysBetween('2024-03-01', probe.deadline);
      let feedback = addDays(today, want - len);
      const latest = addDays(today, -3);
      if (feedback > latest) feedback = latest;
      if (daysBetween(feedback, today) > 540) continue;
      const d = deadlineOf(feedback, limit);
      if (!d || !d.deadline || !d.calendarCovered) continue;
      const off = daysBetween(today, d.deadline);
      if (off >= lo && off <= hi) return { limit, feedback, deadline: d.deadline };
    }
    // A fixed date always works.
    const off = rng.int(lo, hi);
    const deadline = addDays(today, off);
    const feedback = addDays(today, Math.min(-5, off - rng.int(20, 90)));
    return { limit: deadline, feedback, deadline };
  };

  const problems: Row[] = [];
  const responsibilities: Row[] = [];
  const tasks: Row[] = [];
  const scenarios: Scenario[] = [];
  const idWidth = Math.max(4, String(n).length);
  const idYear = yearOf(today);
  const capOnTrack = Math.max(8, Math.min(150, daysBetween(today, lastCovered)));

  for (let i = 0; i < n; i++) {
    if (opts.onProgress && i % 500 === 0) opts.onProgress(i / n);
    let scenario: Scenario;
    if (i < FORCED.length) scenario = FORCED[i];
    else if (opts.mistakes && i < FORCED.length + MISTAKE_ROWS.length) scenario = MISTAKE_ROWS[i - FORCED.length];
    else {
      let roll = rng.next() * WEIGHTS.reduce((a, [, w]) => a + w, 0);
      scenario = WEIGHTS[WEIGHTS.length - 1][0];
      for (const [s, w] of WEIGHTS) {
        if ((roll -= w) < 0) {
          scenario = s;
          break;
        }
      }
    }
    scenarios.push(scenario);
    const id = `XC-${idYear}-${String(i + 1).padStart(idWidth, '0')}`;
    const categoryValue = rng.pick(DEFAULT_LISTS.category.values);
    const description = rng.pick(DESCRIPTIONS[categoryValue.code] ?? DESCRIPTIONS.other);
    const immediate = scenario !== 'ongoing' && rng.chance(0.12);
    const limits = immediate ? [IMMEDIATE[lang]] : LIMITS[lang];
    const severity = tx(rng.pick(DEFAULT_LISTS.severity.values));

    let t: Targeted | null = null;
    switch (scenario) {
      case 'overdue':
        t = target(-90, -1, limits);
        break;
      case 'dueSoon':
        t = target(0, settings.dueSoonDays, limits);
        break;
      case 'onTrack':
      case 'pending':
      case 'notStarted':
        t = target(settings.dueSoonDays + 1, capOnTrack, limits);
        break;
      case 'rejected':
        t = rng.chance(0.5) ? target(-60, -1, limits) : target(settings.dueSoonDays + 1, capOnTrack, limits);
        break;
      case 'closedOnTime':
        t = target(-240, 30, limits);
        break;
      case 'closedLate':
        t = target(-240, -12, limits);
        break;
      case 'ongoing':
        t = null;
        break;
    }
    const feedback = t ? t.feedback : addDays(today, -rng.int(60, 400));
    const limit = t ? t.limit : ONGOING[lang];
    const deadline = t ? t.deadline : null;
    const kind = scenario === 'ongoing' ? 'ongoing' : immediate ? 'immediate' : 'timeLimited';
    const closed = scenario === 'closedOnTime' || scenario === 'closedLate';
    const finished = closed || scenario === 'pending';

    // ---- tasks
    const taskCount = rng.int(3, 7);
    const taskRows: Row[] = [];
    const doneDates: IsoDate[] = [];
    const internalUnit = rng.pick(DEPARTMENTS);
    const latestFinish = deadline && scenario === 'closedOnTime' ? (deadline < today ? deadline : today) : today;
    for (let k = 0; k < taskCount; k++) {
      let taskLimit = limit;
      let taskDeadline = deadline;
      if (scenario !== 'ongoing' && !immediate && rng.chance(0.6)) {
        const cand = rng.pick(LIMITS[lang]);
        const d = deadlineOf(feedback, cand);
        if (d && d.deadline && d.calendarCovered && deadline && d.deadline <= deadline) {
          taskLimit = cand;
          taskDeadline = d.deadline;
        }
      } else if (scenario === 'ongoing' && rng.chance(0.5)) {
        const cand = LIMITS[lang][LIMITS[lang].length - 1];
        const d = deadlineOf(feedback, cand);
        if (d && d.deadline && d.calendarCovered && d.deadline > today) {
          taskLimit = cand;
          taskDeadline = d.deadline;
        }
      }
      let status: 'notStarted' | 'inProgress' | 'done';
      let doneOn: IsoDate | null = null;
      if (finished) status = 'done';
      else if (scenario === 'notStarted') status = 'notStarted';
      else if (taskDeadline && taskDeadline < today) status = rng.chance(0.6) ? 'done' : 'inProgress';
      else status = rng.pick(['notStarted', 'inProgress', 'inProgress', 'done'] as const);
      if (status === 'done') {
        const from = addDays(feedback, 1);
        let to = finished ? latestFinish : today;
        if (!finished && taskDeadline && taskDeadline < to && rng.chance(0.8)) to = taskDeadline;
        if (to < from) to = from;
        doneOn = addDays(from, rng.int(0, Math.max(0, daysBetween(from, to))));
        if (doneOn > today) doneOn = today;
        doneDates.push(doneOn);
      }
      taskRows.push({
        id: `${id}-${k + 1}`,
        problemId: id,
        measure: rng.pick(MEASURES),
        unit: k === 0 ? internalUnit : rng.pick(DEPARTMENTS),
        person: personName(rng),
        timeLimit: taskLimit,
        deadline: taskDeadline ? toExcelSerial(taskDeadline) : null,
        progress:
          status === 'done' ? rng.pick(PROGRESS_DONE) : status === 'inProgress' ? rng.pick(PROGRESS_DOING) : null,
        status: tx(ts[status]),
        doneOn: doneOn ? toExcelSerial(doneOn) : null,
        evidence: status === 'done' ? rng.pick(EVIDENCE) : null,
        alert: alertText(
          computeAlert({
            closed: status === 'done',
            deadline: taskDeadline,
            finishedOn: doneOn,
            today,
            dueSoonDays: settings.dueSoonDays,
          }),
          lang,
          'task',
        ),
      });
    }
    // A closed-late problem finished after its deadline.
    let completedOn: IsoDate | null = null;
    if (finished) {
      completedOn = doneDates.reduce((a, b) => (a > b ? a : b), addDays(feedback, 1));
      if (scenario === 'closedLate' && deadline && completedOn <= deadline) {
        completedOn = addDays(deadline, rng.int(1, Math.max(1, Math.min(40, daysBetween(deadline, today)))));
        const last = taskRows[taskRows.length - 1];
        last.doneOn = toExcelSerial(completedOn);
        last.alert = alertText(
          computeAlert({
            closed: true,
            deadline: last.deadline === null ? null : (deadlineOf(feedback, String(last.timeLimit))?.deadline ?? null),
            finishedOn: completedOn,
            today,
            dueSoonDays: settings.dueSoonDays,
          }),
          lang,
          'task',
        );
      }
      if (completedOn > today) completedOn = today;
    }
    let closedOn: IsoDate | null = closed && completedOn ? addDays(completedOn, rng.int(0, 10)) : null;
    if (closedOn && closedOn > today) closedOn = today;
    const status =
      scenario === 'rejected'
        ? ps.rejected
        : closed
          ? ps.closed
          : scenario === 'pending'
            ? ps.pendingReview
            : scenario === 'notStarted'
              ? ps.notStarted
              : ps.inProgress;
    const rejections = scenario === 'rejected' ? rng.int(1, 2) : closed && rng.chance(0.2) ? 1 : null;
    const alert = alertText(
      computeAlert({ closed, deadline, finishedOn: completedOn, today, dueSoonDays: settings.dueSoonDays }),
      lang,
      'problem',
    );
    problems.push({
      id,
      round:
        ROUND_NAMES[
          Math.min(ROUND_NAMES.length - 1, Math.max(0, Math.floor((540 - daysBetween(feedback, today)) / 90)))
        ],
      inspectedUnit: rng.pick(UNITS),
      category: tx(categoryValue),
      description,
      severity,
      kind: kindText(kind),
      feedbackDate: toExcelSerial(feedback),
      timeLimit: limit,
      deadline: deadline ? toExcelSerial(deadline) : null,
      status: tx(status),
      completedOn: completedOn ? toExcelSerial(completedOn) : null,
      closedOn: closedOn ? toExcelSerial(closedOn) : null,
      reviewer: closed ? rng.pick(['巡察办 ', '第一巡察组 ', '第二巡察组 ']).trim() + personName(rng) : null,
      result: closed ? rng.pick(RESULTS) : null,
      rejections,
      rejectReason: rejections ? rng.pick(REJECT_REASONS) : null,
      reminders: scenario === 'overdue' ? rng.int(1, 3) : null,
      alert,
      notes: scenario === 'overdue' && rng.chance(0.3) ? '已发提醒督办函' : null,
    });
    tasks.push(...taskRows);

    const leader = personName(rng);
    responsibilities.push({
      problemId: id,
      leader,
      unit: internalUnit,
      person: taskRows[0].person,
      supportUnits: rng.chance(0.5) ? `${rng.pick(DEPARTMENTS)}、${rng.pick(DEPARTMENTS)}` : null,
      duty: DUTIES[0],
      phone: rng.chance(0.8) ? mobile(rng) : landline(rng),
    });
    if (rng.chance(0.3)) {
      responsibilities.push({
        problemId: id,
        leader,
        unit: rng.pick(DEPARTMENTS),
        person: personName(rng),
        supportUnits: null,
        duty: rng.pick(DUTIES.slice(1)),
        phone: mobile(rng),
      });
    }
  }
  opts.onProgress?.(1);

  const extraCalendar: CellValue[][] = [];
  const extraLog: CellValue[][] = [];
  const settingsValues: Record<string, CellValue> = {};
  const renamed: Record<string, string> = {};
  const mistakes: PlantedMistake[] = [];
  let pending: Pending[] = [];
  if (opts.mistakes) {
    pending = plantMistakes({
      lang,
      today,
      problems,
      responsibilities,
      tasks,
      scenarios,
      extraCalendar,
      extraLog,
      settingsValues,
      renamed,
      mistakes,
      deadlineOf,
    });
  }

  for (const m of pending) {
    const list = m.sheetId === 'problems' ? problems : m.sheetId === 'responsibilities' ? responsibilities : tasks;
    m.rowIndex = list.indexOf(m.ref);
  }
  const snapshot = buildSnapshot(lang, problems, responsibilities, tasks, extraCalendar, settingsValues, {}, opts.user);
  snapshot.sheets.find((s) => s.name === HELPER_SHEET_NAMES.log)!.values.push(...extraLog);

  // Settle every computed cell with the engine itself (after planting, so nothing else is off)…
  applyWritesToSnapshot(snapshot, planRefresh(snapshot, { today }));
  // …then plant the hand edit of a computed cell.
  if (opts.mistakes) finishMistakes(snapshot, pending, mistakes, lang);

  const renames: HeaderRename[] = Object.entries(renamed).map(([k, text]) => {
    const [sheetId, key] = k.split('.');
    const def = LIST_SHEETS.find((d) => d.id === sheetId)!;
    return { sheet: def.name[lang], row: 1, column: def.columns.findIndex((c) => c.key === key) + 1, text };
  });
  return {
    snapshot,
    mistakes,
    renames,
    counts: { problems: problems.length, responsibilities: responsibilities.length, tasks: tasks.length },
  };
}

function rowsFor(def: ListSheetDef, lang: Lang, rows: Row[], renamed: Record<string, string>): CellValue[][] {
  const header = def.columns.map((c) => renamed[`${def.id}.${c.key}`] ?? c.header[lang]);
  return [header, ...rows.map((r) => def.columns.map((c) => (r[c.key] === undefined ? null : r[c.key])))];
}

function sheet(
  name: string,
  values: CellValue[][],
  visibility: SheetSnapshot['visibility'] = 'visible',
): SheetSnapshot {
  return { name, visibility, values, formulas: {}, tables: [], merges: [] };
}

function buildSnapshot(
  lang: Lang,
  problems: Row[],
  responsibilities: Row[],
  tasks: Row[],
  extraCalendar: CellValue[][],
  settingsValues: Record<string, CellValue>,
  renamed: Record<string, string>,
  user?: string,
): WorkbookSnapshot {
  const settingsRows: CellValue[][] = [
    [lang === 'zh' ? '设置项' : 'Setting', lang === 'zh' ? '值' : 'Value', lang === 'zh' ? '说明' : 'Description'],
    ...SETTING_KEYS.map((k) => [
      SETTING_LABELS[k].label[lang],
      settingsValues[k] ?? settingDisplayValue(k, lang, { ...DEFAULT_SETTINGS, lang }),
      SETTING_LABELS[k].help[lang],
    ]),
  ];
  return {
    user: user ?? 'rectify demo',
    readAt: new Date(0).toISOString(),
    sheets: [
      sheet(PROBLEMS.name[lang], rowsFor(PROBLEMS, lang, problems, renamed)),
      sheet(RESPONSIBILITIES.name[lang], rowsFor(RESPONSIBILITIES, lang, responsibilities, renamed)),
      sheet(TASKS.name[lang], rowsFor(TASKS, lang, tasks, renamed)),
      sheet(HELPER_SHEET_NAMES.lists, listsSheetRows(lang), 'hidden'),
      sheet(HELPER_SHEET_NAMES.calendar, [...calendarSheetRows(lang), ...extraCalendar], 'hidden'),
      sheet(HELPER_SHEET_NAMES.settings, settingsRows, 'hidden'),
      sheet(HELPER_SHEET_NAMES.log, logSheetRows(lang), 'hidden'),
    ],
  };
}

/** Applies a plan's value writes to a snapshot in memory (used to settle the demo before saving). */
export function applyWritesToSnapshot(snapshot: WorkbookSnapshot, plan: Plan): void {
  for (const b of plan.writes) {
    const s = snapshot.sheets.find((x) => x.name === b.sheet);
    if (!s) continue;
    b.values.forEach((row, i) => {
      const r = b.row - 1 + i;
      while (s.values.length <= r) s.values.push([]);
      row.forEach((v, j) => {
        const c = b.column - 1 + j;
        while (s.values[r].length < c) s.values[r].push(null);
        s.values[r][c] = v;
      });
    });
  }
}

/** A plan that creates every sheet of a snapshot and writes its values (the demo's first write). */
export function planWriteSnapshot(snapshot: WorkbookSnapshot): Plan {
  const plan = emptyPlan();
  for (const s of snapshot.sheets) {
    plan.sheets.push({ name: s.name, create: true, visibility: s.visibility });
    if (s.values.length > 0) {
      const width = Math.max(...s.values.map((r) => r.length));
      plan.writes.push({
        sheet: s.name,
        row: 1,
        column: 1,
        values: s.values.map((r) => Array.from({ length: width }, (_, i) => (r[i] === undefined ? null : r[i]))),
      });
    }
  }
  return plan;
}

// ---------------------------------------------------------------------------
// --mistakes: one violation of each rule, at a known cell

interface PlantContext {
  lang: Lang;
  today: IsoDate;
  problems: Row[];
  responsibilities: Row[];
  tasks: Row[];
  scenarios: Scenario[];
  extraCalendar: CellValue[][];
  extraLog: CellValue[][];
  settingsValues: Record<string, CellValue>;
  renamed: Record<string, string>;
  mistakes: PlantedMistake[];
  deadlineOf: (feedback: IsoDate, limit: string) => { deadline: IsoDate | null } | null;
}

/** Deferred: rules whose cell is only known once the rows are final. */
interface Pending {
  code: CheckCode;
  sheetId: 'problems' | 'responsibilities' | 'tasks';
  rowIndex: number;
  /** The row object; its index is resolved once every list is final. */
  ref: Row;
  key: string;
  what: string;
}
function plantMistakes(ctx: PlantContext): Pending[] {
  const { lang, problems, scenarios } = ctx;
  const used = new Set<number>();
  const pick = (pred: (s: Scenario) => boolean): number => {
    for (let i = FORCED.length; i < problems.length; i++) {
      if (!used.has(i) && pred(scenarios[i])) {
        used.add(i);
        return i;
      }
    }
    throw new Error('The demo needs more problems to plant every mistake: use --problems 40 or more.');
  };
  const open = (s: Scenario) =>
    s === 'onTrack' || s === 'notStarted' || s === 'pending' || s === 'overdue' || s === 'dueSoon';
  const onTrack = (s: Scenario) => s === 'onTrack' || s === 'notStarted' || s === 'pending';
  const closed = (s: Scenario) => s === 'closedOnTime' || s === 'closedLate';
  const pending: Pending[] = [];
  const tasksOf = (i: number) => ctx.tasks.filter((t) => t.problemId === problems[i].id);
  const mark = (code: CheckCode, sheetId: Pending['sheetId'], row: Row, key: string, what: string) => {
    pending.push({ code, sheetId, rowIndex: -1, ref: row, key, what });
  };
  const zh = lang === 'zh';

  let p = problems[pick(open)];
  p.description = null;
  mark('required', 'problems', p, 'description', zh ? '问题描述留空' : 'description left empty');

  p = problems[pick(open)];
  p.completedOn = '2025年13月5日';
  mark(
    'date.invalid',
    'problems',
    p,
    'completedOn',
    zh ? '完成日期写成“2025年13月5日”' : 'completion date "2025年13月5日"',
  );

  p = problems[pick(open)];
  p.category = zh ? '其他问题' : 'Misc';
  mark('list.invalid', 'problems', p, 'category', zh ? '问题类别不在列表中' : 'category not in the list');

  let task = tasksOf(pick(open))[0];
  task.timeLimit = zh ? '尽快' : 'asap';
  mark('limit.invalid', 'tasks', task, 'timeLimit', zh ? '完成时限写成“尽快”' : 'time limit "asap"');

  p = problems[pick(open)];
  p.rejections = zh ? '两次' : 'twice';
  mark('number.invalid', 'problems', p, 'rejections', zh ? '退回次数写成文字' : 'times sent back written as a word');

  const dupOf = problems[pick(onTrack)];
  const copy = { ...dupOf };
  problems.push(copy);
  mark('id.duplicate', 'problems', copy, 'id', zh ? '问题编号重复' : 'duplicate problem ID');

  const orphan: Row = {
    problemId: `XC-9999-9999`,
    leader: '周立新',
    unit: '办公室',
    person: '陈静',
    supportUnits: null,
    duty: DUTIES[1],
    phone: '13900001111',
  };
  ctx.responsibilities.push(orphan);
  mark(
    'ref.missingProblem',
    'responsibilities',
    orphan,
    'problemId',
    zh ? '责任清单指向不存在的问题' : 'responsibility for a missing problem',
  );

  p = problems[pick(open)];
  for (let i = ctx.responsibilities.length - 1; i >= 0; i--)
    if (ctx.responsibilities[i].problemId === p.id) ctx.responsibilities.splice(i, 1);
  mark(
    'problem.noLeader',
    'problems',
    p,
    'id',
    zh ? '问题没有牵头领导（责任清单无此问题）' : 'problem without a leading official',
  );

  const noTask = pick(open);
  p = problems[noTask];
  for (let i = ctx.tasks.length - 1; i >= 0; i--) if (ctx.tasks[i].problemId === p.id) ctx.tasks.splice(i, 1);
  mark('problem.noTask', 'problems', p, 'id', zh ? '问题没有整改措施' : 'problem without a task');

  p = problems[pick(onTrack)];
  {
    const fb = fromSerial(p.feedbackDate as number);
    p.timeLimit = addDays(fb, -20);
    p.kind = DEFAULT_LISTS.kind.values[1][lang];
  }
  mark(
    'deadline.beforeFeedback',
    'problems',
    p,
    'deadline',
    zh ? '整改期限早于反馈日期' : 'deadline before the feedback date',
  );

  p = problems[pick(onTrack)];
  p.timeLimit = null;
  p.deadline = null;
  p.kind = DEFAULT_LISTS.kind.values[1][lang];
  mark('deadline.missing', 'problems', p, 'timeLimit', zh ? '既无整改时限也无期限' : 'neither time limit nor deadline');

  {
    const i = pick((s) => s === 'onTrack');
    const pr = problems[i];
    const pd = fromSerial(pr.deadline as number);
    task = tasksOf(i)[0];
    task.timeLimit = addDays(pd, 10);
    mark(
      'task.deadlineAfterProblem',
      'tasks',
      task,
      'deadline',
      zh ? '措施期限晚于问题期限' : 'task due after its problem',
    );
  }

  p = problems[pick(closed)];
  p.closedOn = null;
  mark('closed.noClosedOn', 'problems', p, 'closedOn', zh ? '已销号但无销号日期' : 'closed without a closing date');

  p = problems[pick(closed)];
  p.reviewer = null;
  mark('closed.noReviewer', 'problems', p, 'reviewer', zh ? '已销号但无审核人' : 'closed without a reviewer');

  {
    const i = pick(closed);
    task = tasksOf(i)[0];
    task.status = TASK_STATUS.inProgress[lang];
    task.doneOn = null;
    task.evidence = null;
    mark(
      'closed.openTasks',
      'problems',
      problems[i],
      'status',
      zh ? '已销号但有未完成措施' : 'closed with an unfinished task',
    );
  }

  {
    const i = pick(closed);
    task = tasksOf(i)[0];
    task.doneOn = toExcelSerial(addDays(ctx.today, 3));
    mark('date.future', 'tasks', task, 'doneOn', zh ? '实际完成日期在将来' : 'done date in the future');
  }

  const phoneOf = problems[pick(open)].id;
  const phoneRow = ctx.responsibilities.find((r) => r.problemId === phoneOf)!;
  phoneRow.phone = '12345';
  mark('phone.invalid', 'responsibilities', phoneRow, 'phone', zh ? '联系电话不是有效号码' : 'phone number not valid');

  p = problems[pick((s) => s === 'onTrack')];
  mark('computed.edited', 'problems', p, 'deadline', zh ? '整改期限被手工改动' : 'computed deadline edited by hand');

  p = problems[pick((s) => s === 'onTrack')];
  p.timeLimit = zh ? '10年' : '10 years';
  mark(
    'calendar.uncovered',
    'problems',
    p,
    'deadline',
    zh ? '期限落在节假日日历未覆盖的年份' : 'deadline in a year the calendar does not cover',
  );

  ctx.extraCalendar.push(['2025-02-30', '休', zh ? '错误示例' : 'bad example']);
  ctx.mistakes.push({
    code: 'calendar.badRow',
    sheet: HELPER_SHEET_NAMES.calendar,
    cell: 'A2',
    row: 2,
    what: zh ? '_calendar 中日期 2025-02-30 不存在' : '_calendar date 2025-02-30 does not exist',
  });

  ctx.settingsValues.dueSoonDays = zh ? '七天' : 'seven';
  ctx.mistakes.push({
    code: 'settings.invalid',
    sheet: HELPER_SHEET_NAMES.settings,
    cell: `B${2 + SETTING_KEYS.indexOf('dueSoonDays')}`,
    row: 2 + SETTING_KEYS.indexOf('dueSoonDays'),
    what: zh ? '临期提醒天数写成“七天”' : 'due-soon days written as a word',
  });

  ctx.extraLog.push([
    1,
    '2025-01-02 09:00:00',
    zh ? '刷新' : 'refresh',
    PROBLEMS.name[lang],
    'J2',
    null,
    '2025-01-15',
    'demo',
    '00000000000000',
  ]);
  ctx.mistakes.push({
    code: 'log.tampered',
    sheet: HELPER_SHEET_NAMES.log,
    cell: 'I2',
    row: 2,
    what: zh ? '_log 第 2 行的校验码对不上（被改动过）' : '_log row 2 does not match its check code (edited)',
  });

  ctx.renamed['responsibilities.person'] = zh ? '负责同志' : 'Contact';
  ctx.mistakes.push({
    code: 'column.missing',
    sheet: RESPONSIBILITIES.name[lang],
    cell: '',
    row: 1,
    what: zh
      ? '责任清单的“责任人”列标题被改成“负责同志”'
      : 'the responsibility list lost its "Responsible person" header',
  });

  return pending;
}

function fromSerial(serial: number): IsoDate {
  return addDays('1899-12-30', serial);
}

function finishMistakes(snapshot: WorkbookSnapshot, pending: Pending[], mistakes: PlantedMistake[], lang: Lang): void {
  const defs = { problems: PROBLEMS, responsibilities: RESPONSIBILITIES, tasks: TASKS };
  const out: PlantedMistake[] = [];
  for (const m of pending) {
    const def = defs[m.sheetId];
    const s = snapshot.sheets.find((x) => x.name === def.name[lang])!;
    const row = m.rowIndex + 2;
    const column = def.columns.findIndex((c) => c.key === m.key) + 1;
    const cell = cellAddress(row, column);
    if (m.code === 'computed.edited') {
      const v = s.values[row - 1][column - 1];
      if (typeof v === 'number') s.values[row - 1][column - 1] = v + 3;
    }
    out.push({ code: m.code, sheet: s.name, cell, row, what: m.what });
  }
  mistakes.unshift(...out);
  const order = (x: PlantedMistake) => LIST_SHEETS.findIndex((d) => d.name[lang] === x.sheet);
  mistakes.sort((a, b) => {
    const oa = order(a) < 0 ? 9 : order(a);
    const ob = order(b) < 0 ? 9 : order(b);
    return oa - ob || a.row - b.row;
  });
}

/** Renames header cells the way Excel does when a person types over a table header (cell and table column). */
export function planRenameHeaders(snapshot: WorkbookSnapshot, renames: HeaderRename[]): Plan {
  const plan = emptyPlan();
  for (const r of renames) {
    const s = snapshot.sheets.find((x) => x.name === r.sheet);
    if (!s) continue;
    plan.writes.push({ sheet: r.sheet, row: r.row, column: r.column, values: [[r.text]] });
    for (const t of s.tables) {
      const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(t.ref);
      if (!m || Number(m[2]) !== r.row) continue;
      const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      const left = col(m[1]);
      const right = col(m[3]);
      if (r.column < left || r.column > right) continue;
      const headers: string[] = [];
      for (let c = left; c <= right; c++) {
        const v = s.values[r.row - 1]?.[c - 1];
        headers.push(c === r.column ? r.text : v === null || v === undefined ? '' : String(v));
      }
      plan.tables.push({ sheet: r.sheet, name: t.name, ref: t.ref, headers });
    }
  }
  return plan;
}
