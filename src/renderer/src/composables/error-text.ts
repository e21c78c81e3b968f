/**
 * An AppError in the page's language, from the shared error catalogue (src/shared/messages):
 * our text, and CCC's own text apart, for the label "CCC said". Times are shown in `timeZone`
 * (the instance's) unless the error names its own zone.
 *
 * The catalogue (both languages) loads on first use rather than with the first page, which has a
 * size budget; until it has loaded, an error shows main's English text, then its own words.
 */
import { shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { AppError } from '@shared/result'
import type { ErrorLocale } from '@shared/messages/errors'
import { localeOf } from '../i18n'

type ErrorTexts = typeof import('@shared/messages/errors')
const texts = shallowRef<ErrorTexts | null>(null)
let loading: Promise<void> | null = null

export function loadErrorTexts(): Promise<void> {
  loading ??= import('@shared/messages/errors').then(
    (module) => {
      texts.value = module
    },
    (error: unknown) => {
      // A damaged install: errors keep main's English text, and the next use tries again.
      console.error('Could not load the error texts:', error)
      loading = null
    }
  )
  return loading
}

export function useErrorText() {
  const { locale } = useI18n()
  void loadErrorTexts()
  return (error: AppError, timeZone?: string): { text: string; apiMessage?: string } => {
    const loaded = texts.value
    if (!loaded) return error.apiMessage && error.apiMessage !== error.message ? { text: error.message, apiMessage: error.apiMessage } : { text: error.message }
    return loaded.describeAppError(error, localeOf(locale.value) satisfies ErrorLocale, timeZone === undefined ? {} : { timeZone })
  }
}
