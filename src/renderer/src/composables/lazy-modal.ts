/**
 * Modals that pages mount the first time they open (they load then) start out open, and a modal
 * mounted open skips its enter transition and its after-enter hook. Shown a tick after mounting,
 * such a modal enters, and takes the focus, as on every later open.
 */
import { onMounted, ref, watch, type Ref } from 'vue'

/** The `show` to give the modal, following `show` from the component's mount on. */
export function useEnterOnMount(show: () => boolean): Ref<boolean> {
  const shown = ref(false)
  onMounted(() => (shown.value = show()))
  watch(show, (value) => (shown.value = value))
  return shown
}
