/**
 * A line of text that changes every second (a time in state, an age), written into its own text
 * node in place, with no render of the component that shows it. Rendered, each tick rebuilt the
 * component's vnodes and patched them: most of a tick's work on a board of 1,200 agents, and the
 * garbage that follows. Vue never touches the host's children: it renders none there.
 */
import { computed, onMounted, watch, type Ref } from 'vue'

export function useLiveText(host: Readonly<Ref<HTMLElement | null>>, text: () => string): void {
  const value = computed(text)
  const node = document.createTextNode(value.value)
  // Sync: written in the ticker's own task, before any observer of the page hears of it.
  watch(value, (next) => void (node.data = next), { flush: 'sync' })
  onMounted(() => host.value?.append(node))
}
