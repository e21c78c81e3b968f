/**
 * CCC's enumerated codes and agent states as words, in en-US and zh-CN: the page's (composables/
 * enum-text.ts), the CLI's and the exports'. Agent states are still the renderer's `agentStates.*`
 * there too, with the same words.
 * Typed by the value lists (ccc/enums.ts, ccc/agent-states.ts): a value without a word fails the build.
 */
import type { AgentStateName } from '../ccc/agent-states'
import { isKnownEnumValue, type CccEnumKind, type CccEnumValue } from '../ccc/enums'
import type { ErrorLocale } from './error-texts'

export type EnumWords = { readonly [K in CccEnumKind]: Readonly<Record<CccEnumValue<K>, string>> } & {
  readonly agentState: Readonly<Record<AgentStateName, string>>
}

export const ENUM_WORDS: Readonly<Record<ErrorLocale, EnumWords>> = {
  'en-US': {
    instanceStatus: { RUNNING: 'Running' },
    role: { Admin: 'Administrator', Manager: 'Skill group manager', Agent: 'Agent' },
    workMode: { ON_SITE: 'On-site', OFF_SITE: 'Off-site', OFFICE_PHONE: 'Office phone' },
    numberUsage: { Inbound: 'Inbound', Outbound: 'Outbound', Bidirection: 'Inbound and outbound' },
    callType: {
      Inbound: 'Inbound',
      Outbound: 'Outbound',
      Back2Back: 'Agent-first outbound',
      PrivacyDial: 'Privacy dial',
      Internal: 'Internal',
      Predictive: 'Predictive outbound',
      Conference: 'Conference'
    },
    mediaType: { AUDIO: 'Voice', VIDEO: 'Video', CHAT: 'Chat', ALL: 'All media' },
    agentState: { Ready: 'Ready', Ringing: 'Ringing', Dialing: 'Dialing', Talking: 'Talking', ACW: 'After-call work', Break: 'On break', Offline: 'Offline' }
  },
  'zh-CN': {
    instanceStatus: { RUNNING: '运行中' },
    role: { Admin: '管理员', Manager: '技能组组长', Agent: '坐席' },
    workMode: { ON_SITE: '场内模式', OFF_SITE: '场外模式', OFFICE_PHONE: '办公电话模式' },
    numberUsage: { Inbound: '呼入', Outbound: '呼出', Bidirection: '呼入和呼出' },
    callType: {
      Inbound: '呼入',
      Outbound: '呼出',
      Back2Back: '坐席优先外呼',
      PrivacyDial: '隐私外呼',
      Internal: '内部通话',
      Predictive: '预测式外呼',
      Conference: '会议'
    },
    mediaType: { AUDIO: '语音', VIDEO: '视频', CHAT: '在线会话', ALL: '全部媒体' },
    agentState: { Ready: '就绪', Ringing: '振铃', Dialing: '外呼中', Talking: '通话中', ACW: '话后处理', Break: '小休', Offline: '离线' }
  }
}

export type EnumWordKind = keyof EnumWords

/** The word for `value` of `kind`; a value the docs do not name (or an empty one) as CCC sent it. */
export function enumWord(kind: EnumWordKind, value: string, locale: ErrorLocale): string {
  const words = ENUM_WORDS[locale][kind] as Readonly<Record<string, string>>
  const known = kind === 'agentState' ? Object.hasOwn(words, value) : isKnownEnumValue(kind, value)
  return known ? words[value]! : value
}
