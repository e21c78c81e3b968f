/** A valid snapshot file for renderer tests: every catalogue metric present (null unless given). */
import {
  INTERVAL_INBOUND,
  INTERVAL_OUTBOUND,
  INTERVAL_OVERALL,
  SUMMARY_INBOUND,
  SUMMARY_OUTBOUND,
  SUMMARY_OVERALL,
  TREND_INBOUND,
  TREND_OUTBOUND,
  type MetricGroup
} from '@shared/ccc/catalogue'
import type { OpenedSnapshot } from '@shared/ipc/contract'
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type SnapshotFile } from '@shared/snapshot'
import { agentState, skillGroupState } from './board-fixture'
import { admin, instance, phoneNumber, realtime } from './fake-bridge'

const nulls = <G extends MetricGroup>(group: G, values: Record<string, number> = {}) =>
  ({ ...Object.fromEntries(Object.keys(group).map((k) => [k, null])), ...values }) as { [K in keyof G]: number | null }

const HOUR = 3_600_000

const ANSWERED = { answeredAt: Date.parse('2026-11-23T02:30:05.000Z'), answeredAtSource: 'date-header' as const, receivedAt: Date.parse('2026-11-23T02:30:05.200Z') }

export function snapshotFile(id = 'ccc-a', extra: Partial<SnapshotFile> = {}): SnapshotFile {
  const start = Date.UTC(2026, 10, 22, 16) // midnight in Shanghai
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    createdAt: '2026-11-23T02:30:00.000Z',
    profileName: 'Shanghai production',
    timeZone: 'Asia/Shanghai',
    instance: instance(id, { AdminList: [admin({ InstanceId: id })], NumberList: [phoneNumber({ InstanceId: id })] }),
    realtime: realtime(id, 7) as NonNullable<SnapshotFile['realtime']>,
    summary: {
      InstanceId: id,
      Timestamp: '2026-11-23 10:30:00',
      Inbound: nulls(SUMMARY_INBOUND, { CallsOffered: 120, CallsHandled: 100, ServiceLevel20: 0.5 }),
      Outbound: nulls(SUMMARY_OUTBOUND),
      Overall: nulls(SUMMARY_OVERALL)
    },
    interval: {
      query: { startTime: start, endTime: start + 3 * HOUR, interval: 'Hourly' },
      items: [0, 1, 2].map((i) => ({
        StatsTime: start + i * HOUR,
        Inbound: nulls(INTERVAL_INBOUND, { CallsOffered: 10 + i, CallsHandled: 8 + i }),
        Outbound: nulls(INTERVAL_OUTBOUND, { CallsDialed: 5 }),
        Overall: nulls(INTERVAL_OVERALL, { TotalCalls: 15 + i })
      }))
    },
    trend: {
      query: { startTime: start, endTime: start + HOUR },
      report: {
        Inbound: [0, 1, 2, 3].map((i) => ({ StatsTime: start + i * 15 * 60_000, ...nulls(TREND_INBOUND, { TotalCalls: i + 1 }) })),
        Outbound: [0, 1, 2, 3].map((i) => ({ StatsTime: start + i * 15 * 60_000, ...nulls(TREND_OUTBOUND, { TotalCalls: 2 }) }))
      }
    },
    // CCC's clock when the lists were read, 5 s after the file's createdAt.
    skillGroups: {
      items: [skillGroupState({ SkillGroupId: `sales@${id}`, InstanceId: id, WaitingCalls: 3, LoggedInAgents: 2, ReadyAgents: 1, WorkingAgents: 1 })],
      ...ANSWERED
    },
    agents: {
      items: [
        agentState({ AgentId: `li@${id}`, InstanceId: id, State: 'ACW', StateTime: ANSWERED.answeredAt - 200_000, SkillGroupIdList: [`sales@${id}`] }),
        agentState({ AgentId: `wang@${id}`, InstanceId: id, State: 'Ready', StateTime: ANSWERED.answeredAt - 30_000, SkillGroupIdList: [`sales@${id}`] })
      ],
      ...ANSWERED
    },
    queueReport: null,
    agentReport: null,
    skillGroupNames: null,
    daySoFar: null,
    ...extra
  }
}

export function opened(
  id = 'ccc-a',
  path: string | null = `/home/s/ccc-${id}.json`,
  extra: Partial<SnapshotFile> = {},
  writtenVersion: OpenedSnapshot['writtenVersion'] = SNAPSHOT_VERSION
): OpenedSnapshot {
  return { name: path ? path.split('/').pop()! : `ccc-${id}.json`, path, snapshot: snapshotFile(id, extra), writtenVersion }
}
