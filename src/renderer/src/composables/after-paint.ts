/**
 * A value that follows `source` one paint behind: the first value at once, each later one after
 * the browser has painted what the change itself showed (the button pressed, the progress). Heavy
 * parts of a page (a report table's rows) then re-render in a task of their own instead of
 * lengthening the click's; several changes before that paint are taken as one.
 */
import { onScopeDispose, shallowRef, watch, type Ref } from 'vue'

/** Runs `then` after the next paint: the task after the next animation frame. */
export function afterNextPaint(then: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => (timer = setTimeout(then, 0))) : null
  if (frame === null) timer = setTimeout(then, 0)
  return () => {
    if (frame !== null) cancelAnimationFrame(frame)
    if (timer !== null) clearTimeout(timer)
  }
}

export function useAfterPaint<T>(source: () => T): Readonly<Ref<T>> {
  const value = shallowRef(source())
  let cancel: (() => void) | null = null
  watch(source, () => {
    cancel ??= afterNextPaint(() => {
      cancel = null
      value.value = source()
    })
  })
  onScopeDispose(() => cancel?.())
  return value
}
