/** Every agent state the API sends has its own label in both languages: none shows as its raw name. */
import { describe, expect, it } from 'vitest'
import { AGENT_STATE_NAMES } from '../../../src/shared/ccc/agent-states'
import enUS from '../../../src/renderer/src/i18n/en-US'
import zhCN from '../../../src/renderer/src/i18n/zh-CN'

describe.each([
  ['en-US', enUS.agentStates],
  ['zh-CN', zhCN.agentStates]
] as const)('%s agent state labels', (_locale, labels) => {
  it('label every state of the table, and only those, each differently', () => {
    expect(Object.keys(labels).sort()).toEqual([...AGENT_STATE_NAMES].sort())
    const shown = AGENT_STATE_NAMES.map((state) => (labels as Record<string, string>)[state]?.trim())
    expect(shown.every((label) => label !== undefined && label !== '')).toBe(true)
    expect(new Set(shown).size).toBe(AGENT_STATE_NAMES.length)
  })
})

it('the Chinese labels are not the English ones', () => {
  for (const state of AGENT_STATE_NAMES) expect(zhCN.agentStates[state]).not.toBe(enUS.agentStates[state])
})
