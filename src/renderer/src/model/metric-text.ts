/**
 * What a figure is called and what it counts, per catalogue group: the same field name means
 * different things in different APIs (HandleRate is handled of queued in the interval report,
 * handled of offered since midnight), so a group's own text comes first and the field's shared
 * text is the fallback. Pure: the message objects are passed in.
 */
import type { MetricGroupName } from '@shared/ccc/catalogue'
import type { MessageSchema } from '../i18n/en-US'
import type { MetricDefinitions } from '../i18n/metric-definitions'

/** A string at tree[api][group][field], for a group named `Api.Group`. */
function groupText(tree: unknown, group: MetricGroupName, field: string): string | undefined {
  let node: unknown = tree
  for (const key of [...group.split('.'), field]) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined
    node = (node as Record<string, unknown>)[key]
  }
  return typeof node === 'string' ? node : undefined
}

const own = (table: Readonly<Record<string, string>>, field: string): string | undefined =>
  Object.hasOwn(table, field) ? table[field] : undefined

export function metricLabel(messages: Pick<MessageSchema, 'metrics' | 'metricLabels'>, group: MetricGroupName | null, field: string): string | undefined {
  return (group ? groupText(messages.metricLabels, group, field) : undefined) ?? own(messages.metrics, field)
}

export function metricDefinition(definitions: MetricDefinitions, group: MetricGroupName, field: string): string | undefined {
  return groupText(definitions.byGroup, group, field) ?? own(definitions.shared, field)
}
