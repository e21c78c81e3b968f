/**
 * `window.api` for the renderer in a plain browser (see web-main.ts): imported first, so it is set
 * before any module of the renderer runs, as the preload's is in the app.
 */
import { createApiBridge } from '@shared/ipc/bridge'

// The host's per-run token arrives in the page URL and is sent back with every call.
const token = new URLSearchParams(window.location.search).get('token') ?? ''

// One stream for all events, opened with the first listener.
let events: EventSource | null = null

window.api = createApiBridge(
  async (name, input) => {
    const response = await fetch(`./api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-test-host-token': token },
      body: JSON.stringify({ input })
    })
    if (!response.ok) {
      return { ok: false, error: { code: `TestHost.HTTP${response.status}`, message: await response.text() } }
    }
    return response.json()
  },
  (name, listener) => {
    events ??= new EventSource(`./events?token=${encodeURIComponent(token)}`)
    const stream = events
    const forward = (event: MessageEvent<string>): void => listener(JSON.parse(event.data))
    stream.addEventListener(name, forward)
    return () => stream.removeEventListener(name, forward)
  }
)

