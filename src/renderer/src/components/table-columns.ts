/** Shared pieces of the overview tables' naive-ui columns. */
import { h, type VNodeChild } from 'vue'

/**
 * A header title that sorts on Enter or Space too: NDataTable sorts when its header cell is
 * clicked, and a button's click bubbles there.
 */
export function sortableTitle(label: string, sortHint: string): () => VNodeChild {
  return () => h('button', { type: 'button', class: 'th-sort', title: sortHint }, label)
}
