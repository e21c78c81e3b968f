/**
 * The application menu's commands that need the page (src/shared/ipc/events.ts `menuCommand`).
 * A page that can carry one out registers for it while mounted; AppShell hears main's event and
 * hands it to the page registered last, the one on screen.
 */
import { onBeforeUnmount, onMounted } from 'vue'
import type { MenuCommand } from '@shared/ipc/events'

const handlers = new Map<MenuCommand, Array<() => void>>()

export function useMenuCommand(command: MenuCommand, handler: () => void): void {
  onMounted(() => handlers.set(command, [...(handlers.get(command) ?? []), handler]))
  onBeforeUnmount(() => handlers.set(command, (handlers.get(command) ?? []).filter((h) => h !== handler)))
}

/** Runs `command` on the page that offers it; false when the page shown offers none. */
export function runMenuCommand(command: MenuCommand): boolean {
  const handler = handlers.get(command)?.at(-1)
  handler?.()
  return handler !== undefined
}
