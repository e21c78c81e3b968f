/**
 * What the alert engine is fed from the live figures the boards hold: one sample per thresholded
 * figure, at the level the tiles and queue rows colour it — the instance's waiting calls, longest
 * wait and service level, each queue's waiting calls and longest wait, and each agent's time in
 * the state it is in.
 */
import type { AlertSample } from '@shared/alert-engine'
import { isAgentState } from '@shared/ccc/agent-states'
import { secondsInState, stateTimeLevel, type AgentRow, type StateThresholds } from './agent-board'
import type { InstanceSummaryReport, RealtimeInstanceStates } from '@shared/ccc/types'
import { QUEUE_THRESHOLD_FIELDS, queueLevels, type QueueRow, type QueueThresholds } from './queue-board'
import { comparable, levelOf, THRESHOLD_DIRECTION, THRESHOLD_FIELDS, type Thresholds } from './thresholds'

/** How long without a fresh figure counts as an outage: three refreshes missed, and never under 2 min. */
export function alertGapMs(...everySeconds: readonly (number | null | undefined)[]): number {
  const slowest = Math.max(0, ...everySeconds.map((s) => s ?? 0))
  return Math.max(120_000, 3 * slowest * 1_000)
}

export const instanceAlertKey = (instanceId: string, figure: string): string => `${instanceId}/${figure}`
export const queueAlertKey = (instanceId: string, skillGroupId: string, figure: string): string => `${instanceId}/queue/${skillGroupId}/${figure}`
/** One key per agent, whatever its state: a change of state ends its alert rather than leaving it open. */
export const agentAlertKey = (instanceId: string, agentId: string): string => `${instanceId}/agent/${agentId}/${AGENT_FIGURE}`
/** The figure of an agent's alert: its time in the state it is in, in seconds. */
export const AGENT_FIGURE = 'StateTime'

/** One answer as the engine sees it: when it came, and whether it is the last good one shown again after a failure. */
export interface TimedFigures<T> {
  data: T
  at: number
  stale: boolean
}

/** The instance tiles' figures: states for the queue now, the summary for the service level; null before a first answer. */
export function instanceSamples(
  instanceId: string,
  states: TimedFigures<RealtimeInstanceStates> | null,
  summary: TimedFigures<InstanceSummaryReport> | null,
  thresholds: Thresholds
): AlertSample[] {
  const samples: AlertSample[] = []
  for (const figure of THRESHOLD_FIELDS) {
    const answer = figure === 'ServiceLevel20' ? summary : states
    if (answer === null) continue
    const raw = figure === 'ServiceLevel20' ? summary?.data.Inbound.ServiceLevel20 : states?.data[figure]
    samples.push({
      key: instanceAlertKey(instanceId, figure),
      instanceId,
      figure,
      skillGroupId: null,
      skillGroupName: null,
      value: comparable(figure, raw),
      level: levelOf(figure, raw, thresholds),
      direction: THRESHOLD_DIRECTION[figure],
      threshold: thresholds[figure].alert,
      at: answer.at,
      stale: answer.stale
    })
  }
  return samples
}

const ROW_VALUE = { WaitingCalls: 'waitingCalls', LongestWaitingTime: 'longestWait' } as const

/** Each queue row's figures, against the queue's own limits where it has them. */
export function queueSamples(
  instanceId: string,
  answer: Omit<TimedFigures<unknown>, 'data'>,
  rows: readonly QueueRow[],
  thresholdsFor: (skillGroupId: string) => QueueThresholds
): AlertSample[] {
  return rows.flatMap((row) => {
    const thresholds = thresholdsFor(row.id)
    const levels = queueLevels(row, thresholds)
    return QUEUE_THRESHOLD_FIELDS.map((figure) => ({
      key: queueAlertKey(instanceId, row.id, figure),
      instanceId,
      figure,
      skillGroupId: row.id,
      skillGroupName: row.name,
      value: row[ROW_VALUE[figure]],
      level: levels[figure],
      direction: 'above' as const,
      threshold: thresholds[figure].alert,
      at: answer.at,
      stale: answer.stale
    }))
  })
}

/**
 * Each agent's time in its state when the answer came, on CCC's clock (`offsetMs`), against the
 * board's time-in-state limits: an agent in a state without a limit is a sample at level ok.
 */
export function agentSamples(
  instanceId: string,
  answer: Omit<TimedFigures<unknown>, 'data'>,
  rows: readonly AgentRow[],
  offsetMs: number | null,
  thresholds: StateThresholds
): AlertSample[] {
  return rows.map((row) => {
    const seconds = secondsInState(row.stateTime, answer.at, offsetMs)
    return {
      key: agentAlertKey(instanceId, row.id),
      instanceId,
      figure: AGENT_FIGURE,
      skillGroupId: null,
      skillGroupName: null,
      agent: { id: row.id, name: row.name, state: row.state },
      value: seconds,
      level: stateTimeLevel(row.state, seconds, thresholds),
      direction: 'above' as const,
      threshold: isAgentState(row.state) ? (thresholds[row.state]?.alert ?? null) : null,
      at: answer.at,
      stale: answer.stale
    }
  })
}
