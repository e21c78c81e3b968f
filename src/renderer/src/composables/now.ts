/** The current time as a ref, ticking every `intervalMs`, for "12 s ago" labels. */
import { onBeforeUnmount, ref, type Ref } from 'vue'

export function useNow(intervalMs = 1_000): Ref<number> {
  const now = ref(Date.now())
  const timer = setInterval(() => {
    now.value = Date.now()
  }, intervalMs)
  onBeforeUnmount(() => clearInterval(timer))
  return now
}
