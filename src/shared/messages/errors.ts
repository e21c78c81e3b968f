/**
 * An AppError as a person reads it, in their language, from the one error catalogue
 * (error-texts.ts) the page and the CLI share. The API's own text is not part of ours: it is shown
 * after it, labelled, with the code and RequestId.
 */
import type { AppError, ErrorParams } from '../result'
import { formatBucket } from '../ccc/report-buckets'
import { isIanaTimeZone } from '../ccc/instance-zone'
import { EN_ERRORS, ZH_ERRORS, type ErrorCode, type ErrorLocale } from './error-texts'
import { fileWords } from './file-texts'
import { KEYCHAIN_STATES, keychainFix } from './keychain-texts'

export { ERROR_LABELS, type ErrorCode, type ErrorLocale } from './error-texts'

const TABLES: Record<ErrorLocale, Record<ErrorCode, string>> = { 'en-US': EN_ERRORS, 'zh-CN': ZH_ERRORS }

export interface ErrorFormatOptions {
  /** The zone of the instance the error is about: times are shown there unless the error names its own (`timeZone`). */
  timeZone?: string
}

/** The catalogue entry for `code`: its own, else its family's (`HTTP.*`), else none. */
export function errorEntryKey(code: string): ErrorCode | undefined {
  if (Object.hasOwn(EN_ERRORS, code)) return code as ErrorCode
  const family = `${code.split('.')[0]}.*`
  return Object.hasOwn(EN_ERRORS, family) ? (family as ErrorCode) : undefined
}

/** The `{name}` and `{name:time}` placeholders of a text, by name. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)(?::time)?\}/g)].map((m) => m[1]!)
}

// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g
/** A parameter as shown: one line, bounded, whatever the answer or the file held. */
const shown = (value: string | number): string => String(value).replace(CONTROL, ' ').slice(0, 200)

function formatInstant(ms: number, locale: ErrorLocale, timeZone: string): string {
  const at = formatBucket(ms, timeZone, null)
  return locale === 'zh-CN' ? `${at}（${timeZone}）` : `${at} (${timeZone})`
}

/** `text` with its placeholders filled, or null when a parameter it needs is missing. */
function fill(text: string, error: AppError, locale: ErrorLocale, options: ErrorFormatOptions): string | null {
  const params: ErrorParams = { code: error.code, ...error.params, ...fileWords(error.params, locale) }
  const own = params.timeZone
  const zone = typeof own === 'string' && isIanaTimeZone(own) ? own : options.timeZone && isIanaTimeZone(options.timeZone) ? options.timeZone : 'UTC'
  let missing = false
  const out = text.replace(/\{(\w+)(:time)?\}/g, (_, name: string, time?: string) => {
    const value = params[name]
    if (value === undefined) {
      missing = true
      return ''
    }
    return time && typeof value === 'number' && Number.isFinite(value) ? formatInstant(value, locale, zone) : shown(value)
  })
  return missing ? null : out
}

/**
 * Our text for `error` in `locale`. An error from before codes carried parameters (no `params`,
 * no `apiMessage`) keeps its English message in en-US; a CCC code we have no text for says so in
 * `locale` (CCC's own message is shown apart, after it).
 */
export function formatAppError(error: AppError, locale: ErrorLocale, options: ErrorFormatOptions = {}): string {
  const key = errorEntryKey(error.code) ?? 'Api.Unlisted'
  const legacy = error.params === undefined && error.apiMessage === undefined
  if (legacy && locale === 'en-US' && error.message) return error.message
  const text = fill(TABLES[locale][key], error, locale, options) ?? error.apiMessage ?? error.message
  const state = KEYCHAIN_STATES[error.code]
  const fix = state && typeof error.params?.platform === 'string' ? keychainFix(state, error.params.platform, locale) : ''
  return fix ? `${text} ${fix}` : text
}

/** Our text, and the API's own when it adds something (it is shown after ours, labelled). */
export function describeAppError(error: AppError, locale: ErrorLocale, options: ErrorFormatOptions = {}): { text: string; apiMessage?: string } {
  const text = formatAppError(error, locale, options)
  const api = error.apiMessage?.trim()
  return api && api !== text ? { text, apiMessage: api } : { text }
}

/** zh* picks zh-CN, anything else en-US (a locale tag or a POSIX locale such as zh_CN.UTF-8). */
export function errorLocaleOf(tag: string | undefined): ErrorLocale | undefined {
  if (tag === undefined || tag.trim() === '') return undefined
  return /^zh([-_.@]|$)/i.test(tag.trim()) ? 'zh-CN' : 'en-US'
}
