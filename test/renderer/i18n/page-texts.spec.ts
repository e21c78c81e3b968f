/**
 * A page's own texts (the Today page's) load with the page, and a switch of language brings the
 * other language's along with that language's own texts, so the page switches with the rest.
 */
import { describe, expect, it } from 'vitest'
import { createAppI18n, ensureMessages } from '../../../src/renderer/src/i18n'
import enUS from '../../../src/renderer/src/i18n/en-US'
import { ensurePageTexts, hasPageTexts } from '../../../src/renderer/src/i18n/page-texts'
import todayEnUS from '../../../src/renderer/src/i18n/today/en-US'
import todayZhCN from '../../../src/renderer/src/i18n/today/zh-CN'

const keys = (value: unknown, prefix = ''): string[] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, inner]) => keys(inner, `${prefix}${key}.`))
    : [prefix.slice(0, -1)]

describe('a page’s own texts', () => {
  it('are not in the catalogue the first page loads, and are there once the page asks for them', async () => {
    const i18n = createAppI18n('en-US', enUS).global
    expect(hasPageTexts(i18n, 'today', 'en-US')).toBe(false)
    expect(i18n.te('today.title')).toBe(false)
    await ensurePageTexts(i18n, 'today', 'en-US')
    expect(i18n.t('today.title')).toBe('Today so far')
    // The catalogue's own texts are kept beside them.
    expect(i18n.t('common.retry')).toBe('Retry')
    expect(i18n.t('today.kept', { count: 2, retention: 31 }, 2)).toBe('2 days kept on this computer, each for 31 days')
  })

  it('come with the other language when the window switches to it', async () => {
    const i18n = createAppI18n('en-US', enUS).global
    await ensurePageTexts(i18n, 'today', 'en-US')
    await ensureMessages(i18n, 'zh-CN')
    expect(hasPageTexts(i18n, 'today', 'zh-CN')).toBe(true)
    i18n.locale.value = 'zh-CN'
    expect(i18n.t('today.title')).toBe('今日至今')
    expect(i18n.t('today.problem.locked')).toBe(todayZhCN.today.problem.locked)
  })

  it('say the same things in both languages, none left empty, each key one a path can reach', () => {
    expect(keys(todayZhCN).sort()).toEqual(keys(todayEnUS).sort())
    // vue-i18n reads a key's dots as a path, so a key written with one could never be shown.
    for (const key of keys(todayZhCN)) expect(key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], todayZhCN), key).toMatch(/\S/)
  })
})
