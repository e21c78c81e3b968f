/**
 * vue-i18n for the renderer: en-US and zh-CN, composition mode. Every text of the UI comes from
 * the message files; naive-ui's own texts follow through NConfigProvider (see App.vue). Each
 * language's texts load on their own, so a supervisor downloads only the one they read.
 * The builds compile the message files beforehand and leave vue-i18n's compiler out
 * (build-renderer.ts): a message string made at run time (a default message, setLocaleMessage with
 * anything but these files) would not render in the app.
 */
import { createI18n, type Composer } from 'vue-i18n'
import type { MessageSchema } from './en-US'
import { ensureShownPageTexts } from './page-texts'

export type Locale = 'en-US' | 'zh-CN'
export const LOCALES: readonly Locale[] = ['en-US', 'zh-CN']

declare module 'vue-i18n' {
  // The message type, for key completion and typed resources. It does not make t('a.missing.key')
  // a type error: vue-i18n's t() takes any `Key extends string` beside the known keys (checked
  // with plain useI18n(), typed useI18n<{ message: MessageSchema }>() and i18n.global.t alike).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends MessageSchema {}
}

/** vue-i18n's locale (a string to its types) as one of ours: anything but zh-CN reads as en-US. */
export function localeOf(locale: string): Locale {
  return locale === 'zh-CN' ? 'zh-CN' : 'en-US'
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

const MESSAGES: Readonly<Record<Locale, () => Promise<{ default: MessageSchema }>>> = {
  'en-US': () => import('./en-US'),
  'zh-CN': () => import('./zh-CN')
}

export async function loadMessages(locale: Locale): Promise<MessageSchema> {
  return (await MESSAGES[locale]()).default
}

/**
 * Loads `locale`'s texts into `i18n` if this window has not shown that language yet, with those of
 * the pages it has shown whose texts load with the page (page-texts.ts).
 */
export async function ensureMessages(
  i18n: Pick<Composer, 'availableLocales' | 'setLocaleMessage' | 'getLocaleMessage' | 'mergeLocaleMessage'>,
  locale: Locale
): Promise<void> {
  if (!i18n.availableLocales.includes(locale)) i18n.setLocaleMessage(locale, await loadMessages(locale))
  await ensureShownPageTexts(i18n, locale)
}

/** The app's i18n, with the texts of the language it starts in (see loadMessages). */
export function createAppI18n(locale: Locale, messages: MessageSchema) {
  return createI18n<[MessageSchema], Locale, false>({
    legacy: false,
    locale,
    // zh-CN has every key (the type check sees to it), so nothing falls back to a language not loaded.
    fallbackLocale: false,
    messages: { [locale]: messages } as Record<Locale, MessageSchema>,
    // Values from the API and from users are passed as named parameters and shown as text; no
    // message contains HTML.
    warnHtmlMessage: true,
    missingWarn: false,
    fallbackWarn: false
  })
}

export type AppI18n = ReturnType<typeof createAppI18n>
