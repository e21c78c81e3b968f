/**
 * Scrubs what must never reach a person, a log or a file: pop-core and httpx put the signed
 * request URL (AccessKeyId, SecurityToken, Signature) into their error messages, and the gateway
 * echoes the whole string to sign in SignatureDoesNotMatch.
 */

const SENSITIVE_PARAMS = ['AccessKeyId', 'Signature', 'SecurityToken', 'SignatureNonce', 'AccessKeySecret']

/** Masks an AccessKey id for display: `LTAI****abcd`. Short ids are masked whole. */
export function maskAccessKeyId(id: string): string {
  return id.length >= 12 ? `${id.slice(0, 4)}****${id.slice(-4)}` : '****'
}

export function redact(text: string, secrets: readonly (string | undefined)[] = []): string {
  let out = text
    // pop-core's `, URL: <signed url>` suffix, and httpx's `GET <url> failed.`
    .replace(/,?\s*URL:\s*\S+/g, '')
    // the gateway's echo of the string to sign, which carries the AccessKeyId
    .replace(/(server string to sign is:?)\s*\S+/gi, '$1 [redacted]')
    // any URL with a query string: its parameters are the signed request
    .replace(/\b(https?:\/\/[^\s?#]+)\?\S*/g, '$1?[redacted]')
  for (const name of SENSITIVE_PARAMS) {
    // `Signature=…` in plain or percent-encoded form (`Signature%3D…`)
    out = out.replace(new RegExp(`\\b${name}(=|%3D|%253D)[^&\\s"']*`, 'g'), `${name}$1[redacted]`)
  }
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join('[redacted]')
  }
  return out
}
