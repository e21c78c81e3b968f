/**
 * The names a skill group is shown by. The live states carry only `SkillGroupName`, which in CCC
 * is the group's code-like name; `ListSkillGroups` also gives `DisplayName`, what supervisors typed.
 * Boards, the CLI and the exports show the DisplayName where there is one, else the SkillGroupName,
 * else the ID; the SkillGroupName stays beside it (a hover, a column, `--json`).
 */
import type { SkillGroupListItem } from './shapes'

/** DisplayName by skill-group ID; a group without one is left out. */
export type SkillGroupDisplayNames = Readonly<Record<string, string>>

export function displayNamesOf(items: readonly Pick<SkillGroupListItem, 'SkillGroupId' | 'DisplayName'>[]): SkillGroupDisplayNames {
  const names: Record<string, string> = {}
  for (const { SkillGroupId, DisplayName } of items) {
    if (SkillGroupId !== '' && DisplayName.trim() !== '') names[SkillGroupId] = DisplayName
  }
  return names
}

/** What a group is shown by: its DisplayName, else the SkillGroupName, else the ID (a group the API names with nothing). */
export function skillGroupLabel(id: string, skillGroupName: string, displayNames: SkillGroupDisplayNames): string {
  return (Object.hasOwn(displayNames, id) ? displayNames[id] : undefined) || skillGroupName || id
}

/** An agent's groups as shown: each ID's label, the SkillGroupNameList read by position (alone when no IDs came). */
export function agentSkillGroupLabels(ids: readonly string[], names: readonly string[], displayNames: SkillGroupDisplayNames): string[] {
  if (ids.length === 0) return [...names]
  return ids.map((id, i) => skillGroupLabel(id, names[i] ?? '', displayNames))
}
