/**
 * vue-i18n for the renderer: en-US and zh-CN, composition mode. Every text of the UI comes from
 * the message files; naive-ui's own texts follow through NConfigProvider (see App.vue).
 */
import { createI18n } from 'vue-i18n'
import enUS, { type MessageSchema } from './en-US'
import zhCN from './zh-CN'

export type Locale = 'en-US' | 'zh-CN'
export const LOCALES: readonly Locale[] = ['en-US', 'zh-CN']

declare module 'vue-i18n' {
  // Typed keys: t('a.missing.key') fails the type check.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends MessageSchema {}
}

/** The first preferred language we have text for: any Chinese picks zh-CN, anything else en-US. */
export function pickLocale(languages: readonly string[]): Locale {
  for (const language of languages) {
    const tag = language.toLowerCase()
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN'
    if (tag === 'en' || tag.startsWith('en-')) return 'en-US'
  }
  return 'en-US'
}

export function createAppI18n(locale: Locale) {
  return createI18n<[MessageSchema], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'en-US',
    messages: { 'en-US': enUS, 'zh-CN': zhCN },
    // Values from the API and from users are passed as named parameters and shown as text; no
    // message contains HTML.
    warnHtmlMessage: true,
    missingWarn: false,
    fallbackWarn: false
  })
}

export type AppI18n = ReturnType<typeof createAppI18n>
