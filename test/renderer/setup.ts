/**
 * Component specs mount ErrorNotice, which loads the error catalogue on first use. Loading it
 * before a renderer spec runs means the spec sees the page's own words at once, and a file that
 * finishes first never has its environment torn down under a pending import. Each test starts
 * with the page's storage empty, as a first start would: what one test's alerts or preferences
 * saved is not another's.
 */
import { beforeAll, beforeEach, expect } from 'vitest'

beforeEach(() => {
  if (typeof localStorage !== 'undefined' && typeof localStorage.clear === 'function') localStorage.clear()
})

beforeAll(async () => {
  if (!/[\\/]test[\\/]renderer[\\/]/.test(expect.getState().testPath ?? '')) return
  const { loadErrorTexts } = await import('@renderer/composables/error-text')
  await loadErrorTexts()
})
