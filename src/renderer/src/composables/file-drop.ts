/**
 * Files dragged onto the window: whether one is over it now (for an overlay), and the file when it
 * is dropped. Other drags (text, links, the page's own elements) are left alone.
 */
import { onBeforeUnmount, onMounted, ref } from 'vue'

const carriesFiles = (event: DragEvent): boolean => Array.from(event.dataTransfer?.types ?? []).includes('Files')

export function useFileDrop(onFile: (file: File) => void) {
  const dragging = ref(false)
  // dragenter/dragleave fire for every child crossed; the window is left when the count is back to 0.
  let depth = 0
  // Escape hides the overlay and makes the drag in progress a no-op.
  let dismissed = false

  function reset(): void {
    depth = 0
    dragging.value = false
  }

  function onDragEnter(event: DragEvent): void {
    if (!carriesFiles(event)) return
    event.preventDefault()
    depth++
    if (!dismissed) dragging.value = true
  }

  function onDragOver(event: DragEvent): void {
    if (!carriesFiles(event)) return
    // Without this the browser (and Electron) would open the file itself in place of the app.
    event.preventDefault()
    if (event.dataTransfer) event.dataTransfer.dropEffect = dismissed ? 'none' : 'copy'
  }

  function onDragLeave(event: DragEvent): void {
    if (!carriesFiles(event)) return
    depth = Math.max(0, depth - 1)
    if (depth === 0) {
      reset()
      dismissed = false
    }
  }

  function onDrop(event: DragEvent): void {
    if (!carriesFiles(event)) return
    event.preventDefault()
    const wanted = !dismissed
    reset()
    dismissed = false
    const file = event.dataTransfer?.files[0]
    if (wanted && file) onFile(file)
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !dragging.value) return
    event.preventDefault()
    dismissed = true
    dragging.value = false
  }

  onMounted(() => {
    window.addEventListener('dragenter', onDragEnter)
    window.addEventListener('dragover', onDragOver)
    window.addEventListener('dragleave', onDragLeave)
    window.addEventListener('drop', onDrop)
    window.addEventListener('keydown', onKeyDown)
  })
  onBeforeUnmount(() => {
    window.removeEventListener('dragenter', onDragEnter)
    window.removeEventListener('dragover', onDragOver)
    window.removeEventListener('dragleave', onDragLeave)
    window.removeEventListener('drop', onDrop)
    window.removeEventListener('keydown', onKeyDown)
  })

  return { dragging }
}
