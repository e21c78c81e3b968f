/**
 * The state behind an overview table: one search box, one sorted column, and the rows they leave.
 * The table is given its rows already sorted and filtered (NDataTable `remote`), so what is copied
 * is exactly what is shown, in the order shown.
 */
import { computed, ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { DataTableSortState } from 'naive-ui'
import { filterBySearch, rowsToTsv, sortRows, type ColumnSpec, type SortOrder, type SortState } from '../model/table-query'

export function useTableQuery<T>(rows: Ref<readonly T[]>, columns: readonly ColumnSpec<T>[]) {
  const { locale } = useI18n()
  const search = ref('')
  const sort = ref<SortState>({ columnKey: null, order: false })
  const collator = computed(() => new Intl.Collator(locale.value, { numeric: true, sensitivity: 'base' }))

  const visible = computed(() => sortRows(filterBySearch(rows.value, columns, search.value), columns, sort.value, collator.value))

  function onSorter(state: DataTableSortState | DataTableSortState[] | null): void {
    sort.value = sortAfter(sort.value, state)
  }

  const sortOrderOf = (key: string): SortOrder => (sort.value.columnKey === key ? sort.value.order : false)

  /** The visible rows as tab-separated text with a header row. */
  function visibleAsTsv(titleOf: (key: string) => string): string {
    return rowsToTsv(
      columns.map((c) => ({ title: titleOf(c.key), text: c.text })),
      visible.value
    )
  }

  return { search, sort, collator, visible, onSorter, sortOrderOf, visibleAsTsv }
}

/**
 * The sort after NDataTable says which header was activated; the order is ours: a new column
 * starts ascending, then descending, then unsorted (naive-ui would start descending).
 */
export function sortAfter(current: SortState, state: DataTableSortState | DataTableSortState[] | null): SortState {
  const single = Array.isArray(state) ? state[0] : state
  if (!single || single.order === false) return { columnKey: null, order: false }
  const columnKey = String(single.columnKey)
  return columnKey === current.columnKey ? { columnKey, order: single.order } : { columnKey, order: 'ascend' }
}

/** For a column's customNextSortOrder: ascending, descending, unsorted. */
export function nextSortOrder(order: SortOrder): SortOrder {
  return order === 'ascend' ? 'descend' : order === 'descend' ? false : 'ascend'
}
