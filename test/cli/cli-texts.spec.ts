/**
 * The CLI's own catalogue and the shared words it prints (enum values, import-skip reasons): every
 * text in both languages with the same parameters; zh-CN reads as Chinese (the error catalogue's
 * rules, test/helpers/zh-prose.ts), en-US holds no Chinese.
 */
import { describe, expect, it } from 'vitest'
import { CLI_TEXTS, EN_CLI_TEXTS, ZH_CLI_TEXTS, type CliTextKey } from '../../src/cli/cli-texts'
import { usage } from '../../src/cli/run'
import { AGENT_STATE_NAMES } from '../../src/shared/ccc/agent-states'
import { CCC_ENUMS } from '../../src/shared/ccc/enums'
import { ENUM_WORDS, enumWord } from '../../src/shared/messages/enum-texts'
import { placeholders } from '../../src/shared/messages/errors'
import { EN_IMPORT_SKIPS, ZH_IMPORT_SKIPS, type ImportSkipCode } from '../../src/shared/messages/import-texts'
import { ENGLISH_RUN, proseOf } from '../helpers/zh-prose'

const CJK = /[\u4e00-\u9fff]/

/** zh-CN texts that are only parameters and names, the same in both languages. */
const SAME_IN_BOTH: ReadonlySet<CliTextKey> = new Set<CliTextKey>([
  'table.id', // "ID", as the console heads it
  'profiles.accessKeyId', // the product's name for it
  'agents.stateCount' // "{state} {count}": the state is a word of its own
])

/** The help's lines run CJK words into commands and option values; each line is checked apart. */
const lines = (text: string): string[] => text.split('\n').filter((line) => line.trim() !== '')

describe("the CLI's texts", () => {
  it('has every text in both languages', () => {
    expect(Object.keys(ZH_CLI_TEXTS).sort()).toEqual(Object.keys(EN_CLI_TEXTS).sort())
    expect(Object.keys(CLI_TEXTS).sort()).toEqual(['en-US', 'zh-CN'])
  })

  it.each(Object.keys(EN_CLI_TEXTS) as CliTextKey[])('%s names the same parameters in both languages', (key) => {
    expect(placeholders(ZH_CLI_TEXTS[key]).sort()).toEqual(placeholders(EN_CLI_TEXTS[key]).sort())
  })

  it.each((Object.keys(ZH_CLI_TEXTS) as CliTextKey[]).filter((key) => !SAME_IN_BOTH.has(key)))('%s in zh-CN holds no English sentence', (key) => {
    for (const line of lines(ZH_CLI_TEXTS[key])) expect(proseOf(line), line).not.toMatch(ENGLISH_RUN)
    // Chinese words, or at least Chinese punctuation (the list separator, a prompt's colon).
    expect(proseOf(ZH_CLI_TEXTS[key])).toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/)
  })

  it('fills the zh-CN help with the states as words, and no line of it is an English sentence', () => {
    const help = usage('zh-CN')
    expect(help).toContain('ACW（话后处理）')
    expect(help).not.toMatch(/\{\w+\}/)
    for (const line of lines(help)) expect(proseOf(line), line).not.toMatch(ENGLISH_RUN)
    expect(usage('en-US')).toContain(`--state takes\n${' '.repeat(45)}${AGENT_STATE_NAMES.join(', ')};`)
  })

  it.each(Object.keys(EN_CLI_TEXTS) as CliTextKey[])('%s in en-US holds no Chinese', (key) => {
    expect(EN_CLI_TEXTS[key]).not.toMatch(CJK)
  })
})

describe('the enum words', () => {
  it('has a word for every value the docs list and every agent state, in both languages', () => {
    for (const locale of ['en-US', 'zh-CN'] as const) {
      for (const [kind, values] of Object.entries(CCC_ENUMS)) {
        expect(Object.keys(ENUM_WORDS[locale][kind as keyof typeof CCC_ENUMS]).sort()).toEqual([...values].sort())
      }
      expect(Object.keys(ENUM_WORDS[locale].agentState)).toEqual(AGENT_STATE_NAMES)
    }
  })

  it('are Chinese in zh-CN, and a value the docs do not name is shown as CCC sent it', () => {
    const zh = ENUM_WORDS['zh-CN']
    for (const words of Object.values(zh)) for (const word of Object.values(words as Record<string, string>)) expect(word).toMatch(CJK)
    expect(enumWord('agentState', 'ACW', 'zh-CN')).toBe('话后处理')
    expect(enumWord('callType', 'Lunch', 'zh-CN')).toBe('Lunch')
    expect(enumWord('agentState', 'constructor', 'zh-CN')).toBe('constructor')
  })
})

describe('the import-skip reasons', () => {
  it.each(Object.keys(EN_IMPORT_SKIPS) as ImportSkipCode[])('%s is in both languages with the same parameters, Chinese in zh-CN', (code) => {
    expect(placeholders(ZH_IMPORT_SKIPS[code]).sort()).toEqual(placeholders(EN_IMPORT_SKIPS[code]).sort())
    expect(proseOf(ZH_IMPORT_SKIPS[code])).not.toMatch(ENGLISH_RUN)
    expect(ZH_IMPORT_SKIPS[code]).toMatch(CJK)
    expect(EN_IMPORT_SKIPS[code]).not.toMatch(CJK)
  })
})
