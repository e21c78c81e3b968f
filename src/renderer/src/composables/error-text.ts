/**
 * An AppError in the page's language, from the shared error catalogue (src/shared/messages):
 * our text, and CCC's own text apart, for the label "CCC said". Times are shown in `timeZone`
 * (the instance's) unless the error names its own zone.
 */
import { useI18n } from 'vue-i18n'
import type { AppError } from '@shared/result'
import { describeAppError, type ErrorLocale } from '@shared/messages/errors'

export function useErrorText() {
  const { locale } = useI18n()
  return (error: AppError, timeZone?: string): { text: string; apiMessage?: string } =>
    describeAppError(error, locale.value === 'zh-CN' ? 'zh-CN' : ('en-US' satisfies ErrorLocale), timeZone === undefined ? {} : { timeZone })
}
