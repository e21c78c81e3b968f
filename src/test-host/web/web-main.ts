/**
 * The renderer in a plain browser, for the loopback test host: `window.api` is built by the same
 * createApiBridge as the preload's, with fetch to the host for requests and an EventSource for events
 * instead of ipcRenderer. Dev/test only:
 * the app's build never includes this file.
 */
// In this order: ES modules run in the order they are imported, so the bridge is in place before
// the renderer's first module, and both are one entry chunk as in the app (a dynamic import of
// the renderer split its first page into some 45 files, 8 KB more gzipped than the app's).
import './web-bridge'
import '@renderer/main'
