/**
 * Who works on a simulated instance: its skill groups (ListSkillGroups) and its agents with the
 * groups they serve and the shift they keep. Built once per seed; what an agent is doing at a
 * given moment is agent-schedule.ts's.
 */
import { intBetween, pick, pickWeighted, randomFor, type Random } from './seeded-random'

export interface RosterGroup {
  SkillGroupId: string
  /** The group's name as ListSkillGroups and the live states send it. */
  SkillGroupName: string
  DisplayName: string
  Description: string
  MediaType: 'AUDIO'
  /** Numbers of GetInstance that route to the group. */
  PhoneNumberCount: number
  /** Indexes into Roster.agents. */
  members: number[]
}

/** When an agent's shift starts, as seconds from local midnight (negative: the evening before). */
export type ShiftKind = 'early' | 'day' | 'late' | 'night'

export interface RosterAgent {
  AgentId: string
  AgentName: string
  Extension: string
  /** Masked, as the API sends it (`1382114****`). */
  Mobile: string
  WorkMode: 'ON_SITE' | 'OFF_SITE' | 'OFFICE_PHONE'
  /** Outbound-only mode: dials, never rings. */
  OutboundScenario: boolean
  /** Indexes into Roster.groups. */
  groups: number[]
  shift: ShiftKind
}

export interface Roster {
  groups: RosterGroup[]
  agents: RosterAgent[]
}

export interface GroupSeed {
  name: string
  displayName: string
  description: string
  phoneNumberCount: number
}

export interface PersonSeed {
  displayName: string
  loginName: string
}

/**
 * Text other users typed, as hostile as a console lets it be: a spreadsheet formula start, HTML,
 * C0 and C1 controls, an escape sequence and a bidi override. One group and one agent of ccc-demo
 * carry it, so every view, export and terminal is tested against it.
 */
export const HOSTILE_GROUP_NAME = '=HYPERLINK("http://127.0.0.1/x","升级")<img src=x onerror=alert(1)>\u0007\u001b[2J\u202egnp.exe'
export const HOSTILE_AGENT_NAME = '@SUM(1+1)*cmd|\' /C calc\'!A0 <script>alert("坐席")</script>\u0085\u001b]0;owned\u0007\u2067李\u2069'

const SHIFT_WEIGHTS: ReadonlyArray<readonly [ShiftKind, number]> = [
  ['early', 4],
  ['day', 5],
  ['late', 3]
]

function maskedMobile(random: Random): string {
  return `1${pick(random, ['38', '39', '58', '86', '77', '51'])}${String(intBetween(random, 0, 9999)).padStart(4, '0')}****`
}

/**
 * Every group gets members first in turn, so none is empty; then each agent serves up to two more.
 * `nightShare` sizes the overnight shift of a line that runs around the clock.
 */
export function buildRoster(
  seed: number,
  instanceId: string,
  people: readonly PersonSeed[],
  groupSeeds: readonly GroupSeed[],
  options: { nightShare: number; hostileNames: boolean }
): Roster {
  const random = randomFor(seed, instanceId, 'roster')
  const groups: RosterGroup[] = groupSeeds.map((g) => ({
    SkillGroupId: `${g.name}@${instanceId}`,
    SkillGroupName: g.name,
    DisplayName: g.displayName,
    Description: g.description,
    MediaType: 'AUDIO',
    PhoneNumberCount: g.phoneNumberCount,
    members: []
  }))
  const nightChance = Math.min(0.3, options.nightShare * 1.5)
  const agents = people.map((person, index): RosterAgent => {
    const chosen = new Set<number>([index % groups.length])
    const more = pickWeighted(random, [
      [0, 5],
      [1, 3],
      [2, 2]
    ] as const)
    for (let i = 0; i < more && chosen.size < groups.length; i++) chosen.add(intBetween(random, 0, groups.length - 1))
    const agent: RosterAgent = {
      AgentId: `${person.loginName}@${instanceId}`,
      AgentName: person.displayName,
      Extension: String(80001 + index),
      Mobile: maskedMobile(random),
      WorkMode: pickWeighted(random, [
        ['ON_SITE', 7],
        ['OFF_SITE', 2],
        ['OFFICE_PHONE', 1]
      ] as const),
      OutboundScenario: random() < 0.08,
      groups: [...chosen].sort((a, b) => a - b),
      shift: random() < nightChance ? 'night' : pickWeighted(random, SHIFT_WEIGHTS)
    }
    for (const group of agent.groups) groups[group]?.members.push(index)
    return agent
  })
  if (options.hostileNames) {
    const group = groups.at(-1)
    const agent = agents[3]
    if (group) Object.assign(group, { SkillGroupName: HOSTILE_GROUP_NAME, DisplayName: HOSTILE_GROUP_NAME, Description: HOSTILE_GROUP_NAME })
    if (agent) agent.AgentName = HOSTILE_AGENT_NAME
    // The hostile agent serves the hostile group, so a board filtered to it shows both.
    if (group && agent && !agent.groups.includes(groups.length - 1)) {
      agent.groups.push(groups.length - 1)
      group.members.push(3)
    }
  }
  return { groups, agents }
}
