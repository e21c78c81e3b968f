/**
 * What a figure is called and what it counts, per catalogue group: the same field name means
 * different things in different APIs (HandleRate is handled of queued in the interval report,
 * handled of offered since midnight), so a group's own text comes first and the field's shared
 * text is the fallback. Pure: the message objects are passed in.
 *
 * A label is looked up by key, not read as a string: the app's messages are compiled at build time
 * (build-renderer.ts), so there the leaves are vue-i18n's compiled form and only t() renders them.
 */
import type { MetricGroupName } from '@shared/ccc/catalogue'
import type { MessageSchema } from '../i18n/en-US'
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

type LabelMessages = Pick<MessageSchema, 'metrics' | 'metricLabels'>

/** The message key of the field's label (`metricLabels.Api.Group.Field` or `metrics.Field`), whatever form the messages are in. */
export function metricLabelKey(messages: LabelMessages, group: MetricGroupName | null, field: string): string | undefined {
  const path = group ? ['metricLabels', ...group.split('.'), field] : null
  // Every key of the schema is a plain name, so the joined path resolves to the same leaf in t().
  if (path && at(messages, path) !== undefined) return path.join('.')
  return at(messages, ['metrics', field]) !== undefined ? `metrics.${field}` : undefined
}

/** The label itself, from messages as written (the source files, as the tests read them). */
export function metricLabel(messages: LabelMessages, group: MetricGroupName | null, field: string): string | undefined {
  const key = metricLabelKey(messages, group, field)
  const text = key === undefined ? undefined : at(messages, key.split('.'))
  return typeof text === 'string' ? text : undefined
}

export function metricDefinition(definitions: MetricDefinitions, group: MetricGroupName, field: string): string | undefined {
  return groupText(definitions.byGroup, group, field) ?? own(definitions.shared, field)
}
