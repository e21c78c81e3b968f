/**
 * Component specs mount ErrorNotice, which loads the error catalogue on first use. Loading it
 * before a renderer spec runs means the spec sees the page's own words at once, and a file that
 * finishes first never has its environment torn down under a pending import.
 */
import { beforeAll, expect } from 'vitest'

beforeAll(async () => {
  if (!/[\\/]test[\\/]renderer[\\/]/.test(expect.getState().testPath ?? '')) return
  const { loadErrorTexts } = await import('@renderer/composables/error-text')
  await loadErrorTexts()
})
