/** Every reason the refresh planner gives reads as a sentence in both languages, its figures filled in. */
import { describe, expect, it } from 'vitest'
import { planRefresh, REFRESHED_LISTS, type RefreshedList } from '../../../src/shared/ccc/refresh-plan'
import enUS from '../../../src/renderer/src/i18n/en-US'
import zhCN from '../../../src/renderer/src/i18n/zh-CN'

const LISTS = Object.keys(REFRESHED_LISTS) as RefreshedList[]

/** The catalogue's text for `key`, its {parameters} filled in as vue-i18n fills them. */
function message(messages: typeof enUS, key: string, params: Record<string, number | undefined>): string {
  const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages)
  if (typeof text !== 'string') throw new Error(`${key} is missing`)
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`))
}

const large = { instanceId: 'ccc-large', lists: LISTS, rows: { agentStates: 1200, skillGroupStates: 150 } }

describe.each([
  ['en-US', enUS],
  ['zh-CN', zhCN]
] as const)('%s refresh plan messages', (_locale, messages) => {
  it('have one for every reason and list, each figure used', () => {
    for (const kind of ['slower', 'tooLarge'] as const) {
      for (const list of LISTS) {
        const params = kind === 'slower' ? { seconds: 20, calls: 12, limit: 60 } : { calls: 70, limit: 60 }
        const text = message(messages, `refreshPlan.${kind}.${list}`, params)
        expect(text).not.toMatch(/\{\w+\}/)
        for (const value of Object.values(params)) expect(text).toContain(String(value))
      }
    }
  })
})

it('say why ccc-large\'s agents refresh every 20 s on a 10-second wallboard', () => {
  const agents = planRefresh({ periodSeconds: 10, demands: [large] }).find((p) => p.list === 'agentStates')!
  const { key, params } = agents.reason!
  expect(message(enUS, key, params)).toBe('Agents refresh every 20 s to stay within 60 calls a minute (12 calls per refresh).')
  expect(message(zhCN, key, params)).toBe('坐席每 20 秒刷新一次，以保持在每分钟 60 次调用以内（每次刷新 12 次调用）。')
})

it('say why five large instances\' agents refresh only when asked', () => {
  const five = Array.from({ length: 5 }, (_, i) => ({ ...large, instanceId: `ccc-${i}` }))
  const agents = planRefresh({ periodSeconds: 60, demands: five }).find((p) => p.list === 'agentStates')!
  expect(message(enUS, agents.reason!.key, agents.reason!.params)).toBe(
    'Agents do not refresh by themselves: one refresh takes 60 calls, too many for 60 calls a minute. Refresh by hand, or filter the list.'
  )
})
