/**
 * The figures' definitions, one module per language, loaded when a page that shows figures first
 * needs them: they are too long to ride with the first page's texts (see test/build/first-page-size).
 */
import type { Locale } from '..'
import type { MetricDefinitions } from './en-US'

export type { MetricDefinitions } from './en-US'

const MODULES: Readonly<Record<Locale, () => Promise<{ default: MetricDefinitions }>>> = {
  'en-US': () => import('./en-US'),
  'zh-CN': () => import('./zh-CN')
}

const loaded = new Map<Locale, MetricDefinitions>()

/** The definitions of `locale` if they are loaded already, so a page opened later shows them at once. */
export function loadedMetricDefinitions(locale: Locale): MetricDefinitions | null {
  return loaded.get(locale) ?? null
}

export async function loadMetricDefinitions(locale: Locale): Promise<MetricDefinitions> {
  const known = loaded.get(locale)
  if (known) return known
  const definitions = (await MODULES[locale]()).default
  loaded.set(locale, definitions)
  return definitions
}
