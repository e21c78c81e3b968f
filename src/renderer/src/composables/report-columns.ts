/**
 * A report table's metrics as a page shows them: the catalogue group (for labels and hints), the
 * fields its rows carry, the column chooser's options (main ones first) and the columns shown.
 * The instance reports' panel and the queue and agent pages read them alike.
 */
import { computed } from 'vue'
import { metricGroupName, shownFields, type MetricGroup, type MetricGroupName } from '@shared/ccc/catalogue'
import type { Long } from '@shared/ccc/types'
import type { ColumnOption } from '../components/reports/ReportColumnChooser.vue'
import { columnOrder, shownColumns } from '../model/report-columns'
import { useMetricText } from './metric-text'

export function useReportColumns(input: {
  group: () => MetricGroup
  main: () => readonly string[]
  /** The user's choice; null: the main ones. */
  chosen: () => readonly string[] | null
  rows: () => readonly { values: Readonly<Record<string, Long | null>> }[]
  /** The catalogue group whose labels and hints apply; absent: found from `group` (the first API that shares it). */
  source?: () => MetricGroupName
}) {
  const metricText = useMetricText()
  /** The catalogue's name of the group shown, for labels and definitions of its own. */
  const source = computed(() => input.source?.() ?? metricGroupName(input.group()))
  const metricLabel = (name: string): string => metricText.label(source.value, name)
  const groupDefs = computed<MetricGroup>(() => shownFields(input.group(), input.rows().map((r) => r.values)))
  const columnOptions = computed<ColumnOption[]>(() => {
    const main = input.main()
    return columnOrder(groupDefs.value, main).map((name) => ({ name, label: metricLabel(name), main: main.includes(name) }))
  })
  const tableColumns = computed(() => shownColumns(groupDefs.value, input.main(), input.chosen()))
  return { metricText, source, metricLabel, groupDefs, columnOptions, tableColumns }
}
