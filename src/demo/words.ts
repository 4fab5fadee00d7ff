/**
 * The demo's words: inspected units, problem descriptions by category,
 * measures, departments, names, and the time limits it writes (Chinese-first;
 * the English layout keeps Chinese content, as an English-speaking office
 * would still track Chinese findings, but writes its time limits in English).
 */
import type { Lang } from '../engine';
import type { Rng } from './rng';

/** Inspected units (被巡察单位). */
export const UNITS = [
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

/** Problem descriptions by category code (DEFAULT_LISTS.category); a category without its own falls back to `other`. */
export const DESCRIPTIONS: Record<string, string[]> = {
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

export const MEASURES = [
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

/** The inspected unit's own departments, responsible for the measures. */
export const DEPARTMENTS = [
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

/** Names are a surname and a given name drawn separately. */
export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔汤'.split(
    '',
  );
export const GIVEN = [
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
/** Duties in the responsibility list: the first is the leading unit's, the others supporting ones. */
export const DUTIES = [
  '牵头抓总，统筹推进整改',
  '具体负责整改措施落实',
  '负责制度修订和督促检查',
  '负责资料收集和整改报告',
];
export const EVIDENCE = [
  '会议纪要',
  '整改情况报告',
  '制度文件（印发稿）',
  '培训签到表及照片',
  '清退资金缴款凭证',
  '专项检查工作底稿',
];
export const PROGRESS_DOING = [
  '已制定工作方案，正在推进',
  '已完成初步排查，正在整改',
  '制度修订稿已起草，待审议',
  '已召开专题会议部署',
];
export const PROGRESS_DONE = ['已完成，相关材料已归档', '已完成，制度已印发执行', '已完成，资金已清退'];
export const RESULTS = ['已建立长效机制，问题整改到位', '相关制度已印发执行，未再发生同类问题', '违规款项已全部清退'];
/** Who signs a closed problem off, before the reviewer's name. */
export const REVIEW_BODIES = ['巡察办', '第一巡察组', '第二巡察组'];
export const REJECT_REASONS = [
  '佐证材料不充分，需补充会议纪要',
  '整改措施针对性不强，需细化',
  '整改报告未说明长效机制',
];
/** Inspection rounds, oldest first: a problem's round follows from how long ago it was fed back. */
export const ROUND_NAMES = [
  '十四届市委第一轮巡察',
  '十四届市委第二轮巡察',
  '十四届市委第三轮巡察',
  '十四届市委第四轮巡察',
  '十四届市委第五轮巡察',
  '十四届市委第六轮巡察',
];

/** Time limits as an office writes them, in each layout language; all are understood by the deadline rules. */
export const LIMITS: Record<Lang, string[]> = {
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
export const IMMEDIATE: Record<Lang, string> = { zh: '立行立改', en: 'immediate' };
export const ONGOING: Record<Lang, string> = { zh: '长期坚持', en: 'ongoing' };

export function personName(rng: Rng): string {
  return rng.pick(SURNAMES) + rng.pick(GIVEN);
}

/** An 11-digit mainland mobile number (13x, 15x, 17x, 18x, 19x), valid for the phone rule. */
export function mobile(rng: Rng): string {
  return `1${rng.pick(['3', '5', '7', '8', '9'])}${String(rng.int(0, 999999999)).padStart(9, '0')}`;
}

/** A Hangzhou landline with its area code, the other form the phone rule accepts. */
export function landline(rng: Rng): string {
  return `0571-8${String(rng.int(0, 9999999)).padStart(7, '0')}`;
}
