/**
 * Stands in for @juggle/resize-observer (see build-renderer.ts): vueuc uses the browser's own
 * ResizeObserver whenever there is one, and Electron's Chromium always has it.
 */
export const ResizeObserver = globalThis.ResizeObserver
