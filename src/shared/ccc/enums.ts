/**
 * The enumerated values CCC sends as codes, each kind written once: the values the docs list, in
 * the order a filter offers them. A value outside the list is still shown, as it came (a real
 * instance may send one the docs do not name); the labels are the renderer's and the exports'
 * (`enums.<kind>.<value>` in both catalogues). Agent states have their own table (agent-states.ts).
 */
export const CCC_ENUMS = {
  /** GetInstance `Status`: the docs name only RUNNING. */
  instanceStatus: ['RUNNING'],
  /** A user's `RoleName` (GetInstance AdminList, ListUsers): 管理员, 技能组组长, 坐席. */
  role: ['Admin', 'Manager', 'Agent'],
  /** A user's or agent's `WorkMode`. */
  workMode: ['ON_SITE', 'OFF_SITE', 'OFFICE_PHONE'],
  /** A number's `Usage`. */
  numberUsage: ['Inbound', 'Outbound', 'Bidirection'],
  /** ListRealtimeAgentStates `CallType`. */
  callType: ['Inbound', 'Outbound', 'Back2Back', 'PrivacyDial', 'Internal', 'Predictive', 'Conference'],
  /** The `MediaType` of a skill group or a report. */
  mediaType: ['AUDIO', 'VIDEO', 'CHAT', 'ALL']
} as const satisfies Record<string, readonly string[]>

export type CccEnumKind = keyof typeof CCC_ENUMS
export type CccEnumValue<K extends CccEnumKind> = (typeof CCC_ENUMS)[K][number]

/** True when the docs name `value` for `kind` (case as CCC sends it). */
export function isKnownEnumValue<K extends CccEnumKind>(kind: K, value: string): value is CccEnumValue<K> {
  return (CCC_ENUMS[kind] as readonly string[]).includes(value)
}
