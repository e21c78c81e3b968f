/** Single-key shortcuts (R, F, ?) for the page, ignored while the user types in a field. */
import { onBeforeUnmount, onMounted } from 'vue'

export type ShortcutMap = Record<string, (event: KeyboardEvent) => void>

/** True when a key press belongs to a text field, a select or an open menu, not to the page. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  const tag = target.tagName
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type
    return !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(type)
  }
  return false
}

/** Keys are matched case-insensitively on `event.key`; modifier chords are left to the system. */
export function useShortcuts(map: ShortcutMap): void {
  const handler = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.repeat) return
    if (isTypingTarget(event.target)) return
    const action = map[event.key.length === 1 ? event.key.toLowerCase() : event.key]
    if (!action) return
    event.preventDefault()
    action(event)
  }
  onMounted(() => window.addEventListener('keydown', handler))
  onBeforeUnmount(() => window.removeEventListener('keydown', handler))
}
