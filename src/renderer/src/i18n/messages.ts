/**
 * The first screen's text in en-US and zh-CN. A plain object until vue-i18n arrives; the keys are
 * meant to carry over to its message files unchanged.
 */
import type { RealtimeInstanceStates } from '@shared/ccc/types'

export type Locale = 'en-US' | 'zh-CN'

export type RealtimeFigure = Exclude<keyof RealtimeInstanceStates, 'InstanceId'>

const enUS = {
  appTitle: 'CCC Supervisor',
  source: {
    demo: 'Built-in demo',
    profile: 'Profile',
    environment: 'Environment credentials'
  },
  sourceHint: {
    demo: 'Simulated contact center data served on this computer; no Alibaba Cloud account is used.',
    profile: 'Live data from Alibaba Cloud, signed with this profile\'s AccessKey from the OS keychain.',
    environment: 'Live data from Alibaba Cloud, using the ALIBABA_CLOUD_* credentials of this session.'
  },
  region: 'Region',
  endpoint: 'Endpoint',
  connecting: 'Connecting…',
  sessionFailed: 'Could not start the session',
  noInstances: 'No instances to watch',
  noInstancesHint: 'This session lists no CCC instance IDs. Add at least one and start the app again.',
  retry: 'Retry',
  refresh: 'Refresh',
  refreshAll: 'Refresh all',
  instance: {
    id: 'Instance ID',
    status: 'Status',
    domainName: 'Domain',
    admins: 'Administrators',
    numbers: 'Phone numbers',
    openConsole: 'Open in CCC console',
    openConsoleFailed: 'The CCC console could not be opened',
    loading: 'Loading instance…',
    failed: 'Could not load this instance'
  },
  realtime: {
    title: 'Right now',
    agents: 'Agents',
    calls: 'Calls',
    loading: 'Loading live figures…',
    failed: 'Could not load live figures',
    updatedAt: 'Updated'
  },
  figures: {
    LoggedInAgents: 'Logged in',
    ReadyAgents: 'Ready',
    TalkingAgents: 'Talking',
    WorkingAgents: 'After-call work',
    BreakingAgents: 'On break',
    TotalAgents: 'Total',
    WaitingCalls: 'Waiting',
    InteractiveCalls: 'In progress',
    LongestWaitingTime: 'Longest wait'
  } satisfies Record<RealtimeFigure, string>,
  error: {
    code: 'Code',
    message: 'Message',
    requestId: 'Request ID'
  },
  missingValue: '—',
  secondsUnit: 's'
}

export type Messages = typeof enUS

const zhCN: Messages = {
  appTitle: 'CCC 主管控制台',
  source: {
    demo: '内置演示',
    profile: '配置档案',
    environment: '环境变量凭据'
  },
  sourceHint: {
    demo: '本机提供的模拟联络中心数据，不使用阿里云账号。',
    profile: '使用此配置档案（AccessKey 保存在系统钥匙串中）获取的阿里云实时数据。',
    environment: '使用本会话 ALIBABA_CLOUD_* 凭据获取的阿里云实时数据。'
  },
  region: '地域',
  endpoint: '接入点',
  connecting: '正在连接…',
  sessionFailed: '无法启动会话',
  noInstances: '没有要监控的实例',
  noInstancesHint: '本会话未列出任何 CCC 实例 ID。请至少添加一个后重新启动应用。',
  retry: '重试',
  refresh: '刷新',
  refreshAll: '全部刷新',
  instance: {
    id: '实例 ID',
    status: '状态',
    domainName: '域名',
    admins: '管理员',
    numbers: '号码',
    openConsole: '在 CCC 控制台中打开',
    openConsoleFailed: '无法打开 CCC 控制台',
    loading: '正在加载实例…',
    failed: '无法加载该实例'
  },
  realtime: {
    title: '实时',
    agents: '坐席',
    calls: '通话',
    loading: '正在加载实时数据…',
    failed: '无法加载实时数据',
    updatedAt: '更新于'
  },
  figures: {
    LoggedInAgents: '已登录',
    ReadyAgents: '空闲',
    TalkingAgents: '通话中',
    WorkingAgents: '话后处理',
    BreakingAgents: '小休',
    TotalAgents: '总数',
    WaitingCalls: '排队中',
    InteractiveCalls: '进行中',
    LongestWaitingTime: '最长等待'
  },
  error: {
    code: '错误码',
    message: '信息',
    requestId: '请求 ID'
  },
  missingValue: '—',
  secondsUnit: '秒'
}

export const messages: Readonly<Record<Locale, Messages>> = { 'en-US': enUS, 'zh-CN': zhCN }

/** The first preferred language we have text for: any Chinese picks zh-CN, anything else en-US. */
export function pickLocale(languages: readonly string[]): Locale {
  for (const language of languages) {
    const tag = language.toLowerCase()
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN'
    if (tag === 'en' || tag.startsWith('en-')) return 'en-US'
  }
  return 'en-US'
}

const browserLanguages = (): readonly string[] =>
  typeof navigator === 'undefined' ? [] : navigator.languages.length > 0 ? navigator.languages : [navigator.language]

/** The locale of this window, read once: the OS language does not change under a running page. */
export const locale: Locale = pickLocale(browserLanguages())

/** The text of this window's locale. */
export const text: Messages = messages[locale]
