/**
 * UI strings in zh-CN, plus helpers to pick content by language. The English strings are in
 * i18n-en.ts: index.html carries them, guide.html fetches them the first time English is on
 * (provideEnglish), so the page a QR code opens stays small for the Chinese majority.
 */
import { prefs } from './prefs'
import type { Named } from './types'

const zh = {
  appName: '一次办',
  skip: '跳到主要内容',
  navLabel: '主导航',
  navHome: '首页',
  navTree: '人生阶段',
  navSearch: '搜索',
  switchLang: 'English',
  care: '关怀版',
  navMe: '我的',
  offline: '离线 · 显示已保存的内容',
  footer: '一次办 OneVisit · 政务服务办事指南',
  loading: '加载中…',
  errorTitle: '暂时无法加载',
  errorOffline: '网络不可用，本机也没有保存这项内容。请联网后重试。',
  errorGeneric: '服务暂时不可用，请稍后重试。',
  retry: '重试',
  backHome: '返回首页',
  searchLabel: '搜索事项或“一件事”',
  searchPlaceholder: '例如：开餐馆、出生、营业执照',
  searchButton: '搜索',
  searchTitle: '搜索',
  resultsFor: (q: string) => `“${q}”的搜索结果`,
  resultCount: (n: number) => `共 ${n} 项`,
  noResultsTitle: '没有找到',
  noResults: '没有找到相关事项。换个说法试试，比如“开饭店”“生孩子”，也可以按人生阶段查找。',
  tryThese: '试试：',
  homeTitle: '政务服务办事指南',
  homeLead: '扫码即看：带什么材料、到哪里办、多久办好。',
  bundlesTitle: '一件事 · 一次办',
  treeTitle: '按人生阶段找',
  treeLead: '从出生、上学、就业、结婚到企业开办、经营、注销，逐级找到要办的事。',
  treeLink: '打开全生命周期目录',
  catalogTitle: '按部门浏览',
  deptFilter: '选择部门',
  show: '查看',
  allDepts: '全部',
  itemsCount: (n: number) => `共 ${n} 个事项`,
  loadMore: '加载更多',
  materials: '材料',
  windows: '窗口',
  time: '时限',
  visits: '跑动',
  fromTo: (a: number, b: number) => `从 ${a} 减少到 ${b}`,
  days: (n: number) => (n === 0 ? '即办' : `${n} 个工作日`),
  daysUnit: '个工作日',
  visitsN: (n: number) => (n === 0 ? '全程网办' : `最多跑 ${n} 次`),
  savingsTitle: '合并办理，省了多少',
  code: '编码',
  visitsLabel: '跑动次数',
  promised: '承诺时限',
  statutory: '法定时限',
  statutoryN: (n: number) => `法定 ${n} 个工作日`,
  fee: '收费',
  free: '免费',
  window: '办理窗口',
  sectionMaterials: '申请材料',
  nothingToBring: '不需要提交任何材料。',
  copies: (n: number) => `${n} 份`,
  required: '必需',
  optional: '非必需',
  deferrable: '可容缺受理',
  waived: '免提交',
  downloadsLabel: '下载',
  sectionFaq: '常见问题',
  downloadKinds: { blank_form: '空白表格', sample: '示范文本' } as Record<string, string>,
  eligibility: '申请对象',
  conditions: '受理条件',
  steps: '办理流程',
  where: '办理地点',
  hall: '服务中心',
  colon: '：',
  address: '地址',
  hours: '工作时间',
  weekendHours: '周末',
  phone: '咨询电话',
  how: '办理方式',
  channels: '办理渠道',
  crossRegion: '异地通办',
  localOnly: '仅限本地办理',
  weekendService: '周末服务',
  delegable: '帮办代办',
  available: '提供',
  notAvailable: '不提供',
  output: '办理结果',
  qr: '扫码查看本指南',
  qrAlt: (name: string) => `${name}办事指南二维码`,
  legal: '设定依据',
  breadcrumb: '位置',
  bundleTag: '一件事',
  deptCount: (n: number) => `涉及 ${n} 个部门`,
  itemsTitle: '包含的事项',
  bundleMaterials: '材料清单（合并去重）',
  toBring: (n: number) => `需提交（${n} 项）`,
  notNeeded: (n: number) => `无需提交（${n} 项）`,
  usedBy: '用于',
  producedBy: (name: string) => `由“${name}”办理产生`,
  producedInBundle: '由本事项办理产生',
  departments: '涉及部门',
  notFoundCode: '查找的编码',
  notFoundHint: '请核对二维码或编码，或按名称搜索。',
  pageMissing: '页面不存在',
  lifeTitle: '全生命周期办事',
  lifeLead: '选择人生阶段或企业阶段，逐级展开，找到要办的事。',
  nothingListed: '暂无事项',
  apply: '申请办理',
  askHelper: '请帮办员协助',
  askHelperHint: '行动不便或不会用手机？帮办员可以上门或陪同办理。',
  situationTitle: (n: number) => `回答 ${n} 个问题，看看您需要准备什么`,
  situationLead: '按您的实际情况选择，材料清单会随之变短。',
  pickTitle: '选择要一起办的事项',
  pickLead: '标有“必办”的不能去掉；其余的可以去掉，或加上。',
  requiredItem: '必办',
  addableItem: '可加办',
  situationOffline: '现在没有网络，暂时不能按您的回答筛选，下面列出全部材料。',
}

export type Strings = typeof zh

let en: Strings | null = null
let fetchEnglish: (() => Promise<Strings>) | null = null

/** Where the English strings come from: this bundle, or a chunk fetched on first use. */
export function provideEnglish(source: Strings | (() => Promise<Strings>)): void {
  if (typeof source === 'function') fetchEnglish = source
  else en = source
}

/** Have the current language's strings at hand before a render (fetching the English ones once). */
export async function loadStrings(): Promise<void> {
  if (prefs.lang !== 'en' || en || !fetchEnglish) return
  try {
    en = await fetchEnglish()
  } catch {
    /* offline and never fetched: the Chinese strings */
  }
}

/** The strings of the current language. */
export function t(): Strings {
  return prefs.lang === 'en' && en ? en : zh
}

export const isEn = (): boolean => prefs.lang === 'en'

/** Content name in the current language (English when the data has it, else Chinese). */
export function pick(named: Named): string {
  return isEn() && named.nameEn ? named.nameEn : named.name
}

/** Document title for a page. */
export function title(page?: string): string {
  return page ? `${page} · ${t().appName}` : `${zh.appName} OneVisit`
}
