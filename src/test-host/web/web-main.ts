/**
 * The renderer in a plain browser, for the loopback test host: `window.api` is built by the same
 * createApiBridge as the preload's, with fetch to the host for requests and an EventSource for events
 * instead of ipcRenderer. Dev/test only:
 * the app's build never includes this file.
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

void import('../../renderer/src/main')
