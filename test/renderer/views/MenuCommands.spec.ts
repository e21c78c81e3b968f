// @vitest-environment happy-dom
/** The application menu's File items, as main sends them (`menuCommand`) and the page carries them out. */
import { describe, expect, it, vi } from 'vitest'
import { emitEvent, installFakeBridge, instance, listenerCount, ok, session } from '../fake-bridge'
import { settle } from '../mount'
import { opened } from '../snapshot-fixture'
import type { ExportFormat } from '@shared/ipc/contract'
import { shellPages } from './mount-app'

const { open, unmount } = shellPages()

const exportDialog = () => document.querySelector('[data-testid="export-dialog"]')

describe('menu commands', () => {
  it('File > Export… opens the export dialog of the instance page shown', async () => {
    installFakeBridge({
      getSession: vi.fn(async () => ok(session())),
      getInstance: vi.fn(async () => ok(instance('ccc-a'))),
      getAppInfo: vi.fn(async () => ok({ version: 'test', platform: 'linux', exportFormats: ['json', 'csv'] as ExportFormat[], desktopNotifications: false }))
    })
    await open('/instances/ccc-a/overview')
    expect(exportDialog()).toBeNull()
    emitEvent('menuCommand', { command: 'export' })
    await vi.waitFor(() => expect(exportDialog()).not.toBeNull())
    expect(exportDialog()?.textContent).toContain('ccc-a')
  })

  it('File > Export… on a page with nothing to export says where it works', async () => {
    installFakeBridge({ getSession: vi.fn(async () => ok(session())), listProfiles: vi.fn(async () => ok([])) })
    await open('/profiles')
    emitEvent('menuCommand', { command: 'export' })
    await vi.waitFor(() => expect(document.body.textContent).toContain('Export… works on an instance’s pages'))
    expect(exportDialog()).toBeNull()
  })

  it('File > Open Snapshot… opens the file dialog and shows the chosen snapshot in the viewer', async () => {
    const openSnapshotFile = vi.fn(async () => ok(opened('ccc-a')))
    installFakeBridge({
      getSession: vi.fn(async () => ok(session())),
      listProfiles: vi.fn(async () => ok([])),
      openSnapshotFile,
      listRecentSnapshots: vi.fn(async () => ok([]))
    })
    const { router } = await open('/profiles')
    emitEvent('menuCommand', { command: 'openSnapshot' })
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('snapshot-overview'))
    expect(openSnapshotFile).toHaveBeenCalledOnce()
    await settle()
    expect(document.querySelector('[data-testid="snapshot-banner"]')?.textContent).toContain('ccc-a')
  })

  it.each([
    ['answers 413', () => Promise.resolve({ ok: false, error: { code: 'TestHost.HTTP413', message: 'request too large for openSnapshotText' } })],
    ['fails on the way', () => Promise.reject(new TypeError('Failed to fetch'))]
  ])('a dropped snapshot that the host %s still gets a notice', async (_, answer) => {
    installFakeBridge({ getSession: vi.fn(async () => ok(session())), listProfiles: vi.fn(async () => ok([])), openSnapshotText: vi.fn(answer) as never })
    const { wrapper } = await open('/profiles')
    const drop = Object.assign(new Event('drop', { cancelable: true }), {
      dataTransfer: { types: ['Files'], files: [new File(['{"format":"ccc-supervisor-snapshot"}'], 'big.json', { type: 'application/json' })] }
    })
    window.dispatchEvent(drop)
    await vi.waitFor(() => expect(wrapper.find('[data-testid="shell-snapshot-error"]').exists()).toBe(true))
    expect(wrapper.get('[data-testid="shell-snapshot-error"]').text()).toMatch(/TestHost\.HTTP413|Renderer\.BridgeFailed/)
  })

  it('stops listening when the shell goes away', async () => {
    installFakeBridge({ getSession: vi.fn(async () => ok(session())), listProfiles: vi.fn(async () => ok([])) })
    await open('/profiles')
    expect(listenerCount('menuCommand')).toBe(1)
    unmount()
    expect(listenerCount('menuCommand')).toBe(0)
  })
})
