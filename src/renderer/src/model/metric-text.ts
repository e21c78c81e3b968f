/**
 * What a figure counts, per catalogue group: the same field name means different things in
 * different APIs, so a group's own definition comes first and the field's shared one is the
 * fallback (labels work alike: src/shared/messages/metric-labels.ts). Pure: the definitions are
 * passed in.
 */
import type { MetricGroupName } from '@shared/ccc/catalogue'
import type { MetricDefinitions } from '../i18n/metric-definitions'

/** What is at tree[...path] (each step the node's own key), or undefined. */
function at(tree: unknown, path: readonly string[]): unknown {
  let node: unknown = tree
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined
    node = (node as Record<string, unknown>)[key]
  }
  return node
}

/** A string at tree[api][group][field], for a group named `Api.Group`. */
function groupText(tree: unknown, group: MetricGroupName, field: string): string | undefined {
  const node = at(tree, [...group.split('.'), field])
  return typeof node === 'string' ? node : undefined
}

const own = (table: Readonly<Record<string, string>>, field: string): string | undefined =>
  Object.hasOwn(table, field) ? table[field] : undefined

export function metricDefinition(definitions: MetricDefinitions, group: MetricGroupName, field: string): string | undefined {
  return groupText(definitions.byGroup, group, field) ?? own(definitions.shared, field)
}
