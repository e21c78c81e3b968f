/**
 * The CLI's errors in its locale, from the shared error catalogue: ours first, then CCC's own
 * text and the RequestId, so a ticket can quote them. Every value passes terminalSafeLines.
 */
import { terminalSafeLines } from '../core/ccc/endpoint-text'
import type { AppError } from '../shared/result'
import { describeAppError, ERROR_LABELS, errorLocaleOf, type ErrorLocale } from '../shared/messages/errors'

/** `--lang` if given, else LC_ALL, LC_MESSAGES, LANG (zh* → zh-CN), else en-US. */
export function cliLocale(lang: string | undefined, env: NodeJS.ProcessEnv): ErrorLocale {
  if (lang !== undefined) return lang === 'zh-CN' ? 'zh-CN' : 'en-US'
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const locale = errorLocaleOf(env[name])
    // POSIX's C locale says nothing about a language: look further, as gettext does.
    if (locale !== undefined && !/^(C|POSIX)([._@]|$)/.test(env[name]!.trim())) return locale
  }
  return 'en-US'
}

/**
 * `error: … (code: X, RequestId: R)` and, when CCC said something, its text on the next line.
 * Usage errors print without their code, as before.
 */
export function errorLines(error: AppError, locale: ErrorLocale, options: { timeZone?: string; showCode?: boolean } = {}): string {
  const labels = ERROR_LABELS[locale]
  const { text, apiMessage } = describeAppError(error, locale, options)
  const zh = locale === 'zh-CN'
  const details = [`${labels.code}: ${error.code}`, ...(error.requestId ? [`${labels.requestId}: ${error.requestId}`] : [])].join(zh ? '，' : ', ')
  const suffix = options.showCode === false ? '' : zh ? `（${details}）` : ` (${details})`
  const head = `${labels.error}${zh ? '：' : ': '}${terminalSafeLines(text)}${suffix}\n`
  return apiMessage ? `${head}  ${labels.apiMessage}${zh ? '：' : ': '}${terminalSafeLines(apiMessage)}\n` : head
}
