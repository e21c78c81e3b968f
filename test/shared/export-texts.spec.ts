/**
 * The words of an exported file: every text in both languages with the same parameters; zh-CN
 * reads as Chinese (the error catalogue's rules, test/helpers/zh-prose.ts), en-US holds no Chinese.
 */
import { describe, expect, it } from 'vitest'
import { placeholders } from '../../src/shared/messages/errors'
import { EN_EXPORT_TEXTS, exportTexts, ZH_EXPORT_TEXTS, type ExportTextKey } from '../../src/shared/messages/export-texts'
import { ENGLISH_RUN, proseOf } from '../helpers/zh-prose'

/** zh-CN texts that are only parameters and separators, the same in both languages. */
const SAME_IN_BOTH: ReadonlySet<ExportTextKey> = new Set<ExportTextKey>(['chartTitle', 'groupColumn'])

describe("an exported file's words", () => {
  it.each(Object.keys(EN_EXPORT_TEXTS) as ExportTextKey[])('%s names the same parameters in both languages', (key) => {
    expect(placeholders(ZH_EXPORT_TEXTS[key]).sort()).toEqual(placeholders(EN_EXPORT_TEXTS[key]).sort())
  })

  it.each((Object.keys(ZH_EXPORT_TEXTS) as ExportTextKey[]).filter((key) => !SAME_IN_BOTH.has(key)))('%s in zh-CN holds no English sentence', (key) => {
    expect(proseOf(ZH_EXPORT_TEXTS[key])).not.toMatch(ENGLISH_RUN)
    expect(ZH_EXPORT_TEXTS[key]).toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/)
    expect(EN_EXPORT_TEXTS[key]).not.toMatch(/[\u4e00-\u9fff]/)
  })

  it('fills its parameters, and a missing one stays visible', () => {
    expect(exportTexts('zh-CN')('table.queueReport', { from: '2026-06-16 00:00', to: '2026-06-17 00:00' })).toBe('技能组报表（2026-06-16 00:00 – 2026-06-17 00:00）')
    expect(exportTexts('en-US')('reportTitle')).toBe('CCC report — {name}')
  })
})
