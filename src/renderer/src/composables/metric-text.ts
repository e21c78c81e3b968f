/**
 * A figure's label and hint (its definition, and over which time, in which unit and from which API
 * it counts) in the page's language. The definitions load on first use; until then a hint has its
 * label and detail only.
 */
import { ref, shallowRef, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { METRIC_GROUP_INFO, METRIC_GROUPS, type MetricGroup, type MetricGroupName, type MetricWindow } from '@shared/ccc/catalogue'
import { localeOf, type Locale } from '../i18n'
import { loadedMetricDefinitions, loadMetricDefinitions, type MetricDefinitions } from '../i18n/metric-definitions'
import { metricLabel } from '@shared/messages/metric-labels'
import { metricDefinition } from '../model/metric-text'

export interface MetricHint {
  label: string
  definition: string
  /** "Live · count · from GetRealtimeInstanceStates" */
  detail: string
  window: MetricWindow
}

export function useMetricText() {
  const { t, locale } = useI18n()
  const definitions = shallowRef<MetricDefinitions | null>(null)

  watch(
    locale,
    (current) => {
      const lang = current as Locale
      definitions.value = loadedMetricDefinitions(lang)
      if (definitions.value) return
      // A failed load leaves the hint without its definition; the figure itself is unaffected.
      loadMetricDefinitions(lang).then(
        (loaded) => {
          if (locale.value === lang) definitions.value = loaded
        },
        () => undefined
      )
    },
    { immediate: true }
  )

  /** A group's own label for the field, else the field's shared one (also for a group the catalogue does not name). */
  function label(group: MetricGroupName | null, field: string): string {
    return metricLabel(localeOf(locale.value), group, field)
  }

  // Hints made once per language and definitions: a report table asks for every header's on each
  // switch of group, and three translations each held a switch's task for tens of milliseconds.
  let made: { locale: string; definitions: MetricDefinitions | null; hints: Map<string, MetricHint> } | null = null

  function hint(group: MetricGroupName, field: string): MetricHint {
    // Both read on every call, so a caller holding a made hint still follows a change of either.
    const lang = locale.value
    const loaded = definitions.value
    if (made?.locale !== lang || made.definitions !== loaded) made = { locale: lang, definitions: loaded, hints: new Map() }
    const key = `${group}\u0000${field}`
    let found = made.hints.get(key)
    if (!found) {
      found = makeHint(group, field, loaded)
      made.hints.set(key, found)
    }
    return found
  }

  function makeHint(group: MetricGroupName, field: string, loaded: MetricDefinitions | null): MetricHint {
    const { source, window } = METRIC_GROUP_INFO[group]
    const unit = (METRIC_GROUPS[group] as MetricGroup)[field]?.unit
    return {
      label: label(group, field),
      definition: (loaded && metricDefinition(loaded, group, field)) ?? '',
      detail: t('metricInfo.detail', {
        window: t(`metricInfo.windows.${window}`),
        unit: unit ? t(`metricInfo.units.${unit}`) : '',
        source
      }),
      window
    }
  }

  return { label, hint }
}

/**
 * Which of a component's figures shows its hint: the one pointed at or focused. `target(key, id)`
 * is what a figure binds to be focusable, described by the element `id` and told when to show
 * its hint; Escape hides it (a hint must be dismissable without moving focus).
 */
export function useHintTargets() {
  const pointed = ref<string | null>(null)
  const focused = ref<string | null>(null)

  const isOpen = (key: string): boolean => pointed.value === key || focused.value === key

  function target(key: string, descriptionId: string) {
    return {
      tabindex: 0,
      'aria-describedby': descriptionId,
      onMouseenter: () => (pointed.value = key),
      onMouseleave: () => (pointed.value = pointed.value === key ? null : pointed.value),
      onFocus: () => (focused.value = key),
      onBlur: () => (focused.value = focused.value === key ? null : focused.value),
      onKeydown: (event: KeyboardEvent) => {
        if (event.key !== 'Escape') return
        pointed.value = null
        focused.value = null
      }
    }
  }

  return { isOpen, target }
}
