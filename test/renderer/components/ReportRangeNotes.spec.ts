// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import ReportRangeNotes from '@renderer/components/reports/ReportRangeNotes.vue'
import type { RangeNote } from '@renderer/model/range-notes'
import { mountWithI18n, settle } from '../mount'

afterEach(() => {
  document.body.innerHTML = ''
})

const ZONE = 'Asia/Shanghai'
// 03:50–03:55 on 14 June 2024 in Shanghai, and that whole day.
const fiveMinutes = { startTime: Date.UTC(2024, 5, 13, 19, 50), endTime: Date.UTC(2024, 5, 13, 19, 55) }
const wholeDay = { startTime: Date.UTC(2024, 5, 13, 16), endTime: Date.UTC(2024, 5, 14, 16) }

function mountNotes(notes: RangeNote[], locale: 'en-US' | 'zh-CN' = 'en-US') {
  return mountWithI18n(ReportRangeNotes, { props: { notes, timeZone: ZONE } }, locale)
}

describe('ReportRangeNotes', () => {
  it('says what was served when the start was moved to the 180-day limit', async () => {
    const asked = { startTime: Date.UTC(2023, 10, 27, 2), endTime: Date.UTC(2024, 5, 15, 2) }
    const served = { startTime: Date.UTC(2023, 11, 18, 3), endTime: asked.endTime }
    const wrapper = mountNotes([{ code: 'Range.StartTrimmed', asked, served }])
    await settle()
    const note = wrapper.get('[data-testid="range-note"]')
    expect(note.attributes('data-code')).toBe('Range.StartTrimmed')
    expect(note.text()).toContain('CCC keeps reports for 180 days: shown from 2023-12-18 11:00, not from 2023-11-27 10:00 as asked.')
    expect(wrapper.find('[data-testid="range-note-hourly"]').exists()).toBe(false)
  })

  it('says that Daily figures cover the whole day, and offers Hourly', async () => {
    const wrapper = mountNotes([{ code: 'Range.BucketWider', interval: 'Daily', asked: fiveMinutes, covered: wholeDay }])
    await settle()
    expect(wrapper.get('[data-testid="range-note"]').text()).toContain(
      'Daily figures cover whole days: these are for 2024-06-14 00:00 – 2024-06-15 00:00, more than the 2024-06-14 03:50 – 2024-06-14 03:55 asked for.'
    )
    await wrapper.get('[data-testid="range-note-hourly"]').trigger('click')
    expect(wrapper.emitted('hourly')).toHaveLength(1)
  })

  it('says an hour covers more than asked without an offer it cannot make, in Chinese too', async () => {
    const hour = { startTime: Date.UTC(2024, 5, 13, 19), endTime: Date.UTC(2024, 5, 13, 20) }
    const wrapper = mountNotes([{ code: 'Range.BucketWider', interval: 'Hourly', asked: fiveMinutes, covered: hour }], 'zh-CN')
    await settle()
    expect(wrapper.get('[data-testid="range-note"]').text()).toContain('按小时的数据覆盖整小时：这里是 2024-06-14 03:00 – 2024-06-14 04:00 的数据')
    expect(wrapper.find('[data-testid="range-note-hourly"]').exists()).toBe(false)
  })

  it('shows nothing when the range served is the range asked', async () => {
    const wrapper = mountNotes([])
    await settle()
    expect(wrapper.find('[data-testid="range-note"]').exists()).toBe(false)
  })
})
