/** No session bus at all (a server, an SSH login): told so, with what to do. */
import { describe, expect, it } from 'vitest'
import { KeytarSecretStore } from '../../../src/core/credentials/keytar-secret-store'

describe('no D-Bus session', () => {
  it('is reported as no-session-bus', async () => {
    // This file runs in its own process, so clearing the variables here affects nothing else.
    delete process.env.DBUS_SESSION_BUS_ADDRESS
    delete process.env.DISPLAY
    const status = await new KeytarSecretStore('CCC Supervisor (test)', undefined, 'linux').status()
    expect(status.state).toBe('no-session-bus')
    expect(status.fix).toMatch(/desktop session|dbus-run-session/)
  })
})
