/** What both report pages do alike: a slow clock for presets, copy and save feedback. */
import { useMessage } from 'naive-ui'
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import type { TimeRange } from '@shared/ccc/types'
import { formatTime, machineTimeZone } from '../model/report-time'
import { copyText } from '../platform/clipboard'
import { usePreferencesStore } from '../stores/preferences'
import { useNow } from './now'

export function useReportPage() {
  const { t } = useI18n()
  const message = useMessage()
  const preferences = usePreferencesStore()
  // Minutes are enough for disabling picker days and naming the zone's offset.
  const now = useNow(60_000)
  const machineZone = machineTimeZone()
  const dark = computed(() => preferences.effectiveTheme === 'dark')

  async function copy(text: string, rows: number): Promise<void> {
    const result = await copyText(text)
    if (!result.ok) message.error(t('common.copyFailed', { message: result.message }))
    else message.success(t('common.copiedRows', rows))
  }
  const saved = (): void => void message.success(t('reports.chart.saved'))
  const saveFailed = (reason: string): void => void message.error(t('reports.chart.saveFailed', { message: reason }))

  const rangeText = (range: TimeRange | null, timeZone: string): string =>
    range ? t('reports.served', { start: formatTime(range.startTime, timeZone), end: formatTime(range.endTime, timeZone) }) : ''

  return { now, machineZone, dark, copy, saved, saveFailed, rangeText }
}
