/**
 * One clock for every live "time in state" and "N s ago" on the page: a single timer, shared by all the cells
 * that read it and running only while one is mounted. A cell that reads `now` re-renders on a tick
 * and nothing else does, so with a virtual list only the visible rows' cells are touched.
 */
import { onBeforeUnmount, readonly, ref, type Ref } from 'vue'

const now = ref(Date.now())
let users = 0
let timer: ReturnType<typeof setInterval> | null = null

function tick(): void {
  now.value = Date.now()
}

export function useSecondTicker(): Readonly<Ref<number>> {
  if (users++ === 0) {
    tick()
    timer = setInterval(tick, 1_000)
  }
  onBeforeUnmount(() => {
    if (--users === 0 && timer !== null) {
      clearInterval(timer)
      timer = null
    }
  })
  return readonly(now)
}
