/** `window.api` as the preload exposes it, for the renderer's type check. */
import type { SupervisorApi } from '../shared/ipc/contract'

declare global {
  interface Window {
    api: SupervisorApi
  }
}

export {}
