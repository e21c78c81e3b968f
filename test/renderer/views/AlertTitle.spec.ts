// @vitest-environment happy-dom
/** The window title leads with the count of figures in alert, and the wallboard logs them. */
import { describe, expect, it, vi } from 'vitest'
import { createAppI18n } from '@renderer/i18n'
import zhCN from '@renderer/i18n/zh-CN'
import type { SupervisorApi } from '@shared/ipc/contract'
import { installFakeBridge, instance, ok, realtime, session, summary } from '../fake-bridge'
import { settle } from '../mount'
import { shellPages } from './mount-app'

const { open } = shellPages()

function bridge(waiting: { now: number }) {
  installFakeBridge({
    getSession: vi.fn(async () => ok(session())),
    getInstance: vi.fn(async ({ instanceId }) => ok(instance(instanceId))),
    getRealtimeInstanceStates: vi.fn(async ({ instanceId }: { instanceId: string }) => ok(realtime(instanceId, waiting.now))) as SupervisorApi['getRealtimeInstanceStates'],
    // The service level in alert too (below 60 %).
    getInstanceSummaryReportSinceMidnight: vi.fn(async ({ instanceId }) => ok(summary(instanceId, { ServiceLevel20: 0.5 })))
  })
}

describe('alerts in the window title and on the wallboard', () => {
  it('counts the figures in alert in the title, and lists them in the wallboard’s alert log', async () => {
    bridge({ now: 12 })
    const { wrapper, router } = await open('/instances/ccc-a/realtime')
    await vi.waitFor(() => expect(document.title).toBe('(2) Real-time · Name of ccc-a — CCC Supervisor'))
    const rows = wrapper.findAll('[data-testid="alert-log-row"]')
    expect(rows.map((row) => row.get('th').text())).toEqual(['Service level (20 s) < 60%', 'Waiting calls ≥ 10'])
    expect(rows.map((row) => row.attributes('data-status'))).toEqual(['alerting', 'alerting'])

    // Away from the wallboard the figures are no longer refreshed, but were seen a moment ago.
    await router.push('/instances/ccc-a/overview')
    await settle()
    expect(document.title).toBe('(2) Overview · Name of ccc-a — CCC Supervisor')
  })

  it('leaves the title as it was while nothing is in alert, with an empty log on the wallboard', async () => {
    installFakeBridge({
      getSession: vi.fn(async () => ok(session())),
      getInstance: vi.fn(async ({ instanceId }) => ok(instance(instanceId))),
      getRealtimeInstanceStates: vi.fn(async ({ instanceId }: { instanceId: string }) => ok(realtime(instanceId, 2))) as SupervisorApi['getRealtimeInstanceStates'],
      getInstanceSummaryReportSinceMidnight: vi.fn(async ({ instanceId }) => ok(summary(instanceId)))
    })
    const { wrapper } = await open('/instances/ccc-a/realtime')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="alert-log-empty"]').exists()).toBe(true))
    expect(document.title).toBe('Real-time · Name of ccc-a — CCC Supervisor')
  })

  it('puts the count in front of the Chinese title too', () => {
    const { t } = createAppI18n('zh-CN', zhCN).global
    expect(t('alerts.windowTitle', { n: 3, title: `实时监控 · ccc-a — ${t('app.title')}` })).toBe('(3) 实时监控 · ccc-a — CCC 主管控制台')
  })
})
