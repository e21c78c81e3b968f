/**
 * Full-screen wallboard: the Fullscreen API on one element (Esc leaves, as the browser does it).
 * Where the API is refused, the element fills the window instead and Esc leaves that too.
 */
import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'

export interface Fullscreen {
  /** The element shows as a wallboard (real full screen or filling the window). */
  active: Ref<boolean>
  /** Real full screen; false while only filling the window. */
  native: Ref<boolean>
  enter(): Promise<void>
  exit(): Promise<void>
  toggle(): Promise<void>
}

export function useFullscreen(target: Ref<HTMLElement | null>): Fullscreen {
  const active = ref(false)
  const native = ref(false)

  const isOurs = (): boolean => typeof document !== 'undefined' && document.fullscreenElement === target.value && target.value !== null

  function onChange(): void {
    const ours = isOurs()
    // Leaving real full screen (Esc, the OS) leaves the wallboard too.
    if (native.value && !ours) active.value = false
    native.value = ours
  }

  // The browser leaves real full screen on Esc by itself; where the page sees the key, leave both.
  function onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && active.value) void exit()
  }

  async function enter(): Promise<void> {
    active.value = true
    const element = target.value
    if (!element || typeof element.requestFullscreen !== 'function') return
    try {
      await element.requestFullscreen()
    } catch {
      /* refused (no permission, no user gesture): the window-filling wallboard stays */
    }
  }

  async function exit(): Promise<void> {
    active.value = false
    if (isOurs()) await document.exitFullscreen().catch(() => {})
  }

  const toggle = (): Promise<void> => (active.value ? exit() : enter())

  onMounted(() => {
    document.addEventListener('fullscreenchange', onChange)
    window.addEventListener('keydown', onKeydown)
  })
  onBeforeUnmount(() => {
    document.removeEventListener('fullscreenchange', onChange)
    window.removeEventListener('keydown', onKeydown)
    if (isOurs()) void document.exitFullscreen().catch(() => {})
  })

  return { active, native, enter, exit, toggle }
}
