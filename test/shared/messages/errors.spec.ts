/**
 * The error catalogue's sweep: every code the source raises has a text in both languages with the
 * same parameters, and a zh-CN text reads as Chinese (no English sentence outside parameters,
 * codes and product names); and the four failures a supervisor meets most, said in zh-CN.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EN_ERRORS, ZH_ERRORS, type ErrorCode } from '../../../src/shared/messages/error-texts'
import { describeAppError, errorEntryKey, formatAppError, placeholders } from '../../../src/shared/messages/errors'
import { KEYCHAIN_FIXES } from '../../../src/shared/messages/keychain-texts'
import { ENGLISH_RUN, proseOf } from '../../helpers/zh-prose'

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|vue)$/.test(name) ? [path] : []
  })
}

/** Codes written as literals where errors are made: `new XError('Code'`, `code: 'Code'`, `= 'Family.Code'` constants. */
function raisedCodes(): Set<string> {
  const codes = new Set<string>()
  const patterns = [
    /new (?:InputError|CancelledError|ExportError|FileReadError|ProfileFileError|RangeRuleError|CodedError)\(\s*'([\w.]+)'/g,
    /inputError\(\s*'([\w.]+)'/g,
    /\bcode: '([A-Z][\w]*\.[\w.]+)'/g,
    /UsageError\([^;]*?'(Usage\.\w+)'/gs,
    /export const [A-Z_]+ = '((?:Renderer|Report|Snapshot)\.\w+)'/g,
    /'(Keychain\.\w+)'/g,
    /'(Network\.\w+)'/g
  ]
  for (const file of sources(join(__dirname, '../../../src')).filter((f) => !f.includes('/simulator/') && !f.includes('/messages/'))) {
    const text = readFileSync(file, 'utf8')
    for (const pattern of patterns) for (const match of text.matchAll(pattern)) codes.add(match[1]!)
  }
  return codes
}

/** Codes of notes, not errors: the page says them from its own i18n (model/range-notes.ts, shared/ccc/zone-check.ts). */
const NOTES = new Set(['Range.StartTrimmed', 'Range.BucketWider', 'Zone.SummaryDate', 'Zone.DayBoundaries'])

describe('the error catalogue', () => {
  it('has every raised code, in both languages', () => {
    const raised = [...raisedCodes()].filter((code) => !NOTES.has(code))
    expect(raised.length).toBeGreaterThan(80)
    const missing = raised.filter((code) => errorEntryKey(code) === undefined)
    expect(missing).toEqual([])
    expect(Object.keys(ZH_ERRORS).sort()).toEqual(Object.keys(EN_ERRORS).sort())
  })

  it.each(Object.keys(EN_ERRORS) as ErrorCode[])('%s names the same parameters in both languages', (code) => {
    expect(placeholders(ZH_ERRORS[code]).sort()).toEqual(placeholders(EN_ERRORS[code]).sort())
  })

  it.each(Object.keys(ZH_ERRORS) as ErrorCode[])('%s in zh-CN holds no English sentence', (code) => {
    const prose = proseOf(ZH_ERRORS[code])
    expect(prose).not.toMatch(ENGLISH_RUN)
    expect(prose).toMatch(/[\u4e00-\u9fff]/)
  })

  it('has the keychain remedies in both languages, in Chinese for zh-CN', () => {
    expect(Object.keys(KEYCHAIN_FIXES['zh-CN']).sort()).toEqual(Object.keys(KEYCHAIN_FIXES['en-US']).sort())
    for (const text of Object.values(KEYCHAIN_FIXES['zh-CN'])) {
      expect(proseOf(text)).not.toMatch(/[A-Za-z]+\s+[A-Za-z]+\s+[A-Za-z]+/)
    }
  })
})

describe('an error in zh-CN', () => {
  it('a throttled call: our advice, then CCC\'s own text apart', () => {
    const error = { code: 'Throttling.User', message: 'Request was denied due to user flow control. CCC is limiting…', apiMessage: 'Request was denied due to user flow control.', params: {}, requestId: 'R-1' }
    expect(describeAppError(error, 'zh-CN')).toEqual({ text: 'CCC 正在限制此阿里云账号的请求；请稍候重试。', apiMessage: 'Request was denied due to user flow control.' })
    expect(describeAppError(error, 'en-US').text).toBe('CCC is limiting requests for this Alibaba Cloud account; wait a moment and retry.')
  })

  it('an unknown API code: says so in the page\'s language, with the API\'s own message apart', () => {
    const error = { code: 'Some.NewCode', message: 'Something new.', apiMessage: 'Something new.', params: {}, requestId: 'R-2' }
    expect(describeAppError(error, 'zh-CN')).toEqual({ text: 'CCC 返回了错误 Some.NewCode，本应用对此没有处理建议。如果一再出现，请将 RequestId 提供给阿里云技术支持。', apiMessage: 'Something new.' })
    expect(describeAppError(error, 'en-US')).toEqual({
      text: 'CCC answered with the error Some.NewCode, which this app has no advice for. If it persists, give the RequestId to Alibaba Cloud support.',
      apiMessage: 'Something new.'
    })
  })

  it('a damaged snapshot file names the file', () => {
    expect(formatAppError({ code: 'Snapshot.Corrupt', message: 'x', params: { file: 'half.json' } }, 'zh-CN')).toBe('快照文件 half.json 已损坏或不完整，无法打开。')
  })

  it('a future range start is a time in the instance\'s zone, not UTC ISO', () => {
    const error = { code: 'Range.InFuture', message: 'The start (2026-12-01T13:11:00Z) is in the future', params: { start: Date.UTC(2026, 11, 1, 13, 11) } }
    expect(formatAppError(error, 'zh-CN', { timeZone: 'Asia/Shanghai' })).toBe('开始时间（2026-12-01 21:11（Asia/Shanghai））在未来：还没有数据。')
    expect(formatAppError(error, 'en-US', { timeZone: 'Europe/London' })).toBe('The start (2026-12-01 13:11 (Europe/London)) is in the future: there is no data yet.')
  })

  it('a parameter from outside stays one bounded line', () => {
    const text = formatAppError({ code: 'Snapshot.Corrupt', message: 'x', params: { file: `a\nb${'x'.repeat(500)}` } }, 'zh-CN')
    expect(text).not.toContain('\n')
    expect(text.length).toBeLessThan(260)
  })

  it('an error without parameters keeps its English message in en-US', () => {
    expect(formatAppError({ code: 'Forbidden.RAM', message: 'Grant the RAM user AliyunCCCReadOnlyAccess.' }, 'en-US')).toBe('Grant the RAM user AliyunCCCReadOnlyAccess.')
    expect(formatAppError({ code: 'Forbidden.RAM', message: 'Grant the RAM user AliyunCCCReadOnlyAccess.' }, 'zh-CN')).toContain('RAM 用户没有 CCC 的权限')
  })
})
