/**
 * Scrubs what must never reach a person, a log or a file: pop-core and httpx put the signed
 * request URL (AccessKeyId, SecurityToken, Signature) into their error messages, and the gateway
 * echoes the whole string to sign in SignatureDoesNotMatch. That string and signed URLs carry the
 * parameters percent-encoded once or twice (`%26SecurityToken%3D…`), so every name and every
 * secret is matched in plain, once- and twice-encoded form, character by character.
 */

const SENSITIVE_PARAMS = ['AccessKeyId', 'Signature', 'SecurityToken', 'SignatureNonce', 'AccessKeySecret']

/** Masks an AccessKey id for display: `LTAI****abcd`. Short ids are masked whole. */
export function maskAccessKeyId(id: string): string {
  return id.length >= 12 ? `${id.slice(0, 4)}****${id.slice(-4)}` : '****'
}

const escapeRegExp = (text: string): string => text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')

/** `%2B` as a pattern that takes either case of its hex digits, once or twice encoded (`%252b`). */
const percentForms = (hex: string): string => {
  const digits = [...hex].map((d) => (/[A-F]/.test(d) ? `[${d}${d.toLowerCase()}]` : d)).join('')
  return `%(?:25)?${digits}`
}

/**
 * A pattern for `text` in which each character may also appear percent-encoded, once or twice,
 * in either case of hex; a space also as a form's `+`. Whatever mix an encoder chose, it matches.
 */
function encodedPattern(text: string): string {
  let pattern = ''
  for (const char of text) {
    const bytes = [...Buffer.from(char, 'utf8')].map((b) => b.toString(16).toUpperCase().padStart(2, '0'))
    const encoded = bytes.map(percentForms).join('')
    const alternatives = [escapeRegExp(char), encoded, ...(char === ' ' ? ['\\+'] : [])]
    pattern += `(?:${alternatives.join('|')})`
  }
  return pattern
}

/** `=` as a query or a string to sign may carry it. */
const EQUALS = `(?:=|${percentForms('3D')})`
/** A value runs to the next `&`, plain or encoded, or to a space or quote. */
const VALUE = `(?:(?!${percentForms('26')})[^&\\s"'])*`

const PARAM_PATTERNS = SENSITIVE_PARAMS.map(
  // No `\b` before the name: after `%26` there is no word boundary; any letter before it makes it another name.
  (name) => new RegExp(`(?<![A-Za-z])(${encodedPattern(name)})(${EQUALS})${VALUE}`, 'g')
)

export function redact(text: string, secrets: readonly (string | undefined)[] = []): string {
  let out = text
    // pop-core's `, URL: <signed url>` suffix, and httpx's `GET <url> failed.`
    .replace(/,?\s*URL:\s*\S+/g, '')
    // the gateway's echo of the string to sign, which carries the AccessKeyId
    .replace(/(server string to sign is:?)\s*\S+/gi, '$1 [redacted]')
    // any URL with a query string: its parameters are the signed request
    .replace(/\b(https?:\/\/[^\s?#]+)\?\S*/g, '$1?[redacted]')
  // `Signature=…` in plain or percent-encoded form (`Signature%3D…`, `%26SecurityToken%253D…`)
  for (const pattern of PARAM_PATTERNS) out = out.replace(pattern, '$1$2[redacted]')
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.replace(new RegExp(encodedPattern(secret), 'g'), '[redacted]')
  }
  return out
}
