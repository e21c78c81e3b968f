/**
 * Text an endpoint wrote (an error's Message, Code, RequestId) made fit for a terminal, a log and
 * the UI: a hostile endpoint could otherwise clear the screen, fake colours, retitle the window,
 * reorder what is read with bidi overrides, or flood a terminal with a 20 MB message.
 */

/** The longest Message kept, in characters. */
export const MAX_MESSAGE_CHARS = 1000
/** The longest Code or RequestId kept, in characters. */
export const MAX_TOKEN_CHARS = 128

// Whole escape sequences go, not only their ESC, so no `[2J` is left behind: CSI (ESC [ or C1
// 0x9B), then OSC, DCS, SOS, PM and APC strings up to BEL or ST (or the end), then two-character
// escapes; with them every other C0 control, DEL, C1, and the bidi embeddings, overrides and isolates.
// A run of them becomes one U+FFFD.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /(?:(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?|(?:\u001b[\]PX^_]|[\u0090\u0098\u009d-\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[\u0020-\u007e]?|[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069])+/g
/** Line breaks and tabs: kept as spaces, so words stay apart. */
const WHITESPACE_CONTROL = /[\t\n\v\f\r]+/g

const stripControls = (text: string): string => text.replace(WHITESPACE_CONTROL, ' ').replace(CONTROLS, '\ufffd')

/**
 * Lines of CCC data for a terminal (the CLI's tables: names other users of the instance chose):
 * each line without controls and escape sequences, its breaks kept, nothing cut.
 */
export function terminalSafeLines(text: string): string {
  return text.split('\n').map(stripControls).join('\n')
}

/** One cell of a terminal table: one line, without controls, so columns stay aligned. */
export const terminalSafeCell = stripControls

/** The controls JSON.stringify leaves raw (it escapes C0 only): DEL, C1, and the bidi controls. */
const RAW_IN_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

/** JSON text for a terminal: those controls written as `\uXXXX`, so the value read back is unchanged. */
export function terminalSafeJson(json: string): string {
  return json.replace(RAW_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/**
 * The text without control characters and escape sequences, at most `max` characters; `cut` says
 * whether anything was dropped at the end. What is removed becomes U+FFFD, never nothing: a
 * secret split by controls (which redaction, run before, could not see) is not joined up here.
 */
function clean(text: string, max: number): { text: string; cut: boolean } {
  // Only a bounded prefix is worth cleaning: a 20 MB message is cut before any pattern runs.
  const head = text.length > max * 4 ? text.slice(0, max * 4) : text
  let out = stripControls(head)
  const cut = out.length > max || head.length < text.length
  if (out.length > max) {
    out = out.slice(0, max)
    // Never leave half of a surrogate pair at the cut.
    if (/[\ud800-\udbff]$/.test(out)) out = out.slice(0, -1)
  }
  return { text: out, cut }
}

/** An endpoint's Message, cleaned and cut to MAX_MESSAGE_CHARS with a note of its full length. */
export function boundEndpointMessage(text: string): string {
  const bounded = clean(text, MAX_MESSAGE_CHARS)
  return bounded.cut ? `${bounded.text}… (cut: ${text.length} characters in all)` : bounded.text
}

/** An endpoint's Code or RequestId, cleaned and cut to MAX_TOKEN_CHARS. */
export function boundEndpointToken(text: string): string {
  const bounded = clean(text, MAX_TOKEN_CHARS)
  return bounded.cut ? `${bounded.text}…` : bounded.text
}
