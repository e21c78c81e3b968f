/**
 * Texts of pages too long to ride with the first page's (see test/build/first-page-size.spec.ts):
 * one module per page and language, whose one top-level key is the page's name, merged into
 * vue-i18n when the page first shows. A language switch loads the pages' texts shown so far with
 * the new language's own (ensureMessages), so those pages switch at once with the rest.
 * The builds compile these files as they do the catalogues (build-renderer.ts).
 */
import type { Composer } from 'vue-i18n'
import type { Locale } from '.'

const PAGE_TEXTS = {
  today: { 'en-US': () => import('./today/en-US'), 'zh-CN': () => import('./today/zh-CN') }
} satisfies Record<string, Record<Locale, () => Promise<{ default: object }>>>

export type TextsPage = keyof typeof PAGE_TEXTS
export const TEXTS_PAGES = Object.keys(PAGE_TEXTS) as TextsPage[]

type TextsI18n = Pick<Composer, 'getLocaleMessage' | 'mergeLocaleMessage'>

/** Pages whose texts this window has shown, in any language. */
const shown = new Set<TextsPage>()

export function hasPageTexts(i18n: TextsI18n, page: TextsPage, locale: Locale): boolean {
  return Object.hasOwn(i18n.getLocaleMessage(locale), page)
}

/** Merges `page`'s texts in `locale` into `i18n` unless they are there; `locale`'s own must be loaded. */
export async function ensurePageTexts(i18n: TextsI18n, page: TextsPage, locale: Locale): Promise<void> {
  if (!hasPageTexts(i18n, page, locale)) {
    const texts = (await PAGE_TEXTS[page][locale]()).default
    if (!hasPageTexts(i18n, page, locale)) i18n.mergeLocaleMessage(locale, texts)
  }
  // Only once shown: a page whose texts failed to load must not hold up every later switch of language.
  shown.add(page)
}

/** The texts in `locale` of every page shown so far: what a switch to `locale` needs loaded first. */
export async function ensureShownPageTexts(i18n: TextsI18n, locale: Locale): Promise<void> {
  await Promise.all([...shown].map((page) => ensurePageTexts(i18n, page, locale)))
}
