/** Shared pieces of the tables' naive-ui columns. */
import { h, type VNodeChild } from 'vue'

/**
 * A header title that sorts on Enter or Space too: NDataTable sorts when its header cell is
 * clicked, and a button's click bubbles there.
 */
export function sortableTitle(label: string, sortHint: string): () => VNodeChild {
  return () => h('button', { type: 'button', class: 'th-sort', title: sortHint }, label)
}

/**
 * A cell cut to one line, with the whole text in a tooltip. naive-ui's performant ellipsis mounts the
 * tooltip on hover only: the plain one measures every cell on every render, which made switching a
 * report's group take half a second of forced layouts.
 */
export const ELLIPSIS_CELL = { ellipsis: { tooltip: true }, ellipsisComponent: 'performant-ellipsis' } as const
