/**
 * The words of hand-made ledgers: header names (the aliases we know, from
 * src/engine/schema/*.ts, and the words found in the
 * field), units, people, problems, measures, section themes, footnotes.
 */

/** A column's role in the generated ledger and the headers people give it. */
export interface RoleWords {
  /** Names the schema already knows (its header or an alias). */
  known: string[];
  /** Names found in the field that import did not know (real ledgers of offices and safety departments). */
  field?: string[];
}

export const HEADERS: Record<string, RoleWords> = {
  seq: { known: ['序号'] },
  id: { known: ['问题编号', '编号'] },
  unit: { known: ['被巡察单位', '被巡察党组织', '单位名称', '被巡察单位（部门）'] },
  category: { known: ['问题类别', '问题分类', '问题类型'] },
  description: {
    known: ['问题描述', '存在问题', '问题表现', '问题简述', '反馈问题', '具体问题', '问题内容'],
    field: ['隐患内容', '隐患问题描述'],
  },
  measure: {
    known: ['整改措施', '整改计划及措施', '具体措施', '整改举措'],
    field: ['整改要求（措施）', '整改措施与要求'],
  },
  leader: { known: ['责任领导', '整改责任领导', '分管领导', '牵头领导'] },
  respUnit: { known: ['责任单位', '责任部门', '牵头单位'], field: ['责任科室', '责任处室'] },
  person: { known: ['责任人', '具体责任人', '整改责任人'] },
  timeLimit: { known: ['整改时限', '完成时限', '整改时限要求'] },
  feedbackDate: { known: ['反馈日期', '反馈时间', '巡察反馈日期', '发现时间'], field: ['排查日期', '检查时间'] },
  status: { known: ['整改状态', '是否整改完成', '是否完成', '整改情况'], field: ['隐患状态', '销号情况'] },
  progress: { known: ['进展情况', '整改进度', '完成情况', '推进情况', '整改进展'], field: ['整改进展情况'] },
  reviewer: { known: ['审核人', '验收人'], field: ['复查人'] },
  reviewDate: { known: [], field: ['复查日期'] },
  reviewResult: { known: ['整改成效', '整改结果'], field: ['复查结果'] },
  notes: { known: ['备注'] },
  /** A column no list has: kept as an extra column. */
  extra: { known: ['督办意见', '巡察组意见', '整改目标'] },
  /** A date column no list has (extra columns read dates as dates too). */
  extraDate: { known: ['督办日期', '跟踪日期'] },
};

/** Status words by the header they are typed under. */
export const STATUS_WORDS: Record<string, string[]> = {
  整改状态: ['整改中', '待审核', '已销号', '未启动'],
  是否整改完成: ['是', '否'],
  是否完成: ['是', '否'],
  整改情况: ['已整改', '未整改', '整改中'],
  隐患状态: ['开放', '关闭'],
  销号情况: ['已销号', '未销号'],
};

/** The words hazard ledgers use, whatever the header. */
export const HAZARD_STATUS = ['开放', '关闭', '已整改', '未整改', '待整改', '已销号', '现场处置'];

export const UNITS = [
  '县水利局',
  '县财政局',
  '县教育局',
  '县卫健委',
  '县自然资源局',
  '县住建局',
  '县交通运输局',
  '县市场监管局',
];
export const PROJECTS = ['城南污水处理厂扩建工程', '县第二中学教学楼工程', '滨河路改造工程', '人民医院门诊楼项目'];
export const PEOPLE = ['王魁', '李明', '张伟', '刘洋', '陈静', '赵磊', '孙丽', '周强', '吴敏', '郑浩', '冯洁', '何军'];
export const LEADERS = ['李建国', '张志强', '王海燕', '刘卫东', '陈光明', '赵红梅'];
export const OFFICES = ['办公室', '财务科', '人事科', '计划科', '安全生产科', '工程管理处', '质量安全部', '机关党委'];
export const ROLE_UNITS: Record<string, string[]> = {
  建设: ['县城投公司', '县教育局基建办', '县住建局项目办'],
  设计: ['省建筑设计院', '市政设计研究院', '华宇设计公司'],
  施工: ['中建某局三公司', '县第一建筑公司', '宏达建设集团'],
  监理: ['诚信监理公司', '华正工程监理', '市建设监理站'],
};

export const TIME_LIMITS = ['10个工作日', '30天', '3个月', '年底前', '长期坚持', '2个月', '15个工作日', '6个月'];

/** Subjects and flaws: a problem's description is one of each, so descriptions never repeat by chance. */
export const SUBJECTS = [
  '“三重一大”决策制度',
  '公务用车管理',
  '专项资金使用',
  '干部人事档案管理',
  '党费收缴使用',
  '党组会议记录',
  '合同管理',
  '固定资产登记',
  '工程项目招标',
  '食堂物资采购',
  '意识形态工作责任制',
  '基层党支部组织生活',
  '政府采购程序',
  '差旅费报销',
  '办公用房管理',
  '扶贫资金拨付',
  '施工现场临时用电',
  '外脚手架连墙件',
  '基坑临边防护',
  '消防通道',
  '塔吊基础',
  '高处作业防护',
  '配电箱接地',
  '危化品存放',
];
export const FLAWS = [
  '落实不到位',
  '执行不严格',
  '台账记录不完整',
  '审批手续不全',
  '监督检查流于形式',
  '存在漏项缺项',
  '未按规定公示',
  '制度建设滞后',
  '未建立长效机制',
  '防护措施缺失',
  '标识标牌不清',
  '整改不彻底',
  '未按期开展自查',
  '责任分工不明确',
];
export const DETAILS = [
  '',
  '',
  '，涉及3个项目',
  '，个别环节缺失',
  '，问题反复出现',
  '，2023年度尤为突出',
  '，抽查发现5处',
];

export const MEASURES = [
  '修订完善相关管理制度',
  '开展专项自查自纠',
  '建立问题整改台账并定期更新',
  '组织专题学习培训',
  '落实专人负责日常监管',
  '补齐缺失的审批手续',
  '召开专题民主生活会剖析原因',
  '对相关责任人进行约谈提醒',
  '完善会议记录和档案管理',
  '每月开展一次监督检查',
  '立即停工整改并复查',
  '更换不合格防护设施',
  '设置警示标识和隔离设施',
  '追回违规资金并上缴财政',
  '建立长效监督机制',
  '组织第三方检测',
];

export const PROGRESS = [
  '已完成制度修订',
  '正在推进',
  '已整改到位，佐证材料已归档',
  '已召开专题会议研究部署',
  '已完成50%',
  '持续推进中',
  '已完成自查，正在整改',
];
export const REVIEW_RESULTS = ['复查合格', '基本整改到位', '需继续整改', '整改到位'];
export const NOTES = ['需持续跟踪', '已报县纪委备案', '跨年度整改', '列入年度重点工作'];
export const EXTRAS = ['请加快推进', '按期完成', '整改材料需补充', '纳入督办', '下月复核'];

/** Section themes: top level, and second level under it. */
export const SECTION_THEMES = [
  '党的领导方面',
  '全面从严治党方面',
  '党的建设方面',
  '选人用人方面',
  '意识形态工作方面',
  '财务管理方面',
  '作风建设方面',
  '施工现场安全管理',
  '消防安全管理',
  '巡察整改落实方面',
];
export const SUB_THEMES = [
  '落实主体责任不到位',
  '贯彻中央八项规定精神不严格',
  '基层党组织建设薄弱',
  '内部控制制度不健全',
  '安全防护措施不到位',
  '日常监管存在短板',
];

export const TITLES = [
  '县委第二巡察组反馈问题整改落实情况台账',
  '巡察反馈意见整改任务清单',
  '隐患排查治理台账',
  '审计发现问题整改台账',
  '巡察整改问题清单及整改进度表',
];
export const SUBTITLES = ['（2024年第一轮巡察）', '（截至2024年6月30日）', '（第三季度）'];

export const FOOTNOTES = [
  '说明：1.本表由各被巡察单位填写，每月5日前报送；2.整改状态按实际填写。',
  '填写要求：问题描述应与反馈意见原文一致，整改措施要具体可行。',
  '注：整改时限以整改方案为准，已整改问题需附佐证材料。',
  '备注：本表一式两份，报县委巡察办备案。',
];
/** A footnote spread over several rows: the first row, then its points. */
export const FOOTNOTE_LINES = [
  '说明：',
  '1.本表由各单位指定专人填报。',
  '2.已销号问题不得删除。',
  '3.请于每月底前更新进展。',
];

export const CN_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
