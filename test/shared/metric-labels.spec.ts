/** Every figure the catalogue knows has a label in both languages: no field shows as its raw name. */
import { describe, expect, it } from 'vitest'
import { METRIC_GROUPS } from '../../src/shared/ccc/catalogue'
import { METRIC_LABELS } from '../../src/shared/messages/metric-labels'

const fields = [...new Set(Object.values(METRIC_GROUPS).flatMap((group) => Object.keys(group)))].sort()

describe.each([
  ['en-US', METRIC_LABELS['en-US'].fields],
  ['zh-CN', METRIC_LABELS['zh-CN'].fields]
] as const)('%s metric labels', (_locale, labels) => {
  it.each(fields)('%s has a label', (field) => {
    const label = (labels as Record<string, string | undefined>)[field]
    expect(label?.trim()).toBeTruthy()
    expect(label).not.toBe(field)
  })
})
