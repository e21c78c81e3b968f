/**
 * What `app://renderer/…` answers: the built renderer's files, and nothing else. Main hands every
 * request of the scheme here (`protocol.handle`), so a compromised page (or a crafted link) that
 * asks for `..`, an encoded `..`, a backslash or an absolute path gets a 404, never a byte from
 * outside the renderer folder. Free of Electron, so every refusal is tested in Node.
 */
import { realpath } from 'node:fs/promises'
import { isAbsolute, join, relative, sep } from 'node:path'
import { readBoundedFile } from './bounded-file'
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './security-policy'

/** The built renderer's file types; any other extension is not the app's and gets a 404. */
export const RENDERER_CONTENT_TYPES: Readonly<Record<string, string>> = Object.freeze({
  html: 'text/html; charset=utf-8',
  // Module scripts are refused unless served with a JavaScript type.
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  ico: 'image/x-icon',
  woff: 'font/woff',
  woff2: 'font/woff2',
  ttf: 'font/ttf',
  wasm: 'application/wasm'
})

/** Far above the largest built file (the renderer is about 2 MB in all), far below harm. */
export const MAX_RENDERER_FILE_BYTES = 16 * 1024 * 1024
/** Longer than any path the build writes; a longer request is not the app's. */
const MAX_URL_LENGTH = 2048

export interface RendererFileAnswer {
  status: 200 | 404
  headers: Record<string, string>
  /** Null for a 404 and for HEAD. */
  body: Buffer | null
}

function headers(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    // The files change only with the app, which restarts with them.
    'Cache-Control': 'no-cache'
  }
}

const notFound = (): RendererFileAnswer => ({ status: 404, headers: headers('text/plain; charset=utf-8'), body: null })

function extensionOf(segment: string): string | undefined {
  const dot = segment.lastIndexOf('.')
  return dot > 0 ? segment.slice(dot + 1).toLowerCase() : undefined
}

/**
 * The renderer-relative path `url` asks for, with its Content-Type, or null when it is not a file
 * of the app: another scheme or host, user info or a port, a path that does not decode (once), a
 * NUL, a backslash, a colon (a Windows drive), an empty segment or one starting with a dot (so no
 * absolute path, no way up and no hidden file such as `.vite/manifest.json`), or an extension the
 * build does not write. Plain string work: no file is touched.
 */
export function rendererRequestPath(url: unknown): { path: string; contentType: string } | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_URL_LENGTH) return null
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null
  if (parsed.username !== '' || parsed.password !== '') return null
  let decoded: string
  try {
    decoded = decodeURIComponent(parsed.pathname)
  } catch {
    return null
  }
  if (!decoded.startsWith('/')) return null
  const segments = decoded.slice(1).split('/')
  for (const segment of segments) {
    if (segment === '' || segment.startsWith('.')) return null
    if (/[\0\\:]/.test(segment)) return null
  }
  const last = segments[segments.length - 1] as string
  const extension = extensionOf(last)
  const contentType = extension === undefined ? undefined : RENDERER_CONTENT_TYPES[extension]
  if (contentType === undefined) return null
  return { path: segments.join('/'), contentType }
}

/** Whether `target` is `root` itself or inside it (both already resolved). */
function isInside(root: string, target: string): boolean {
  const rest = relative(root, target)
  return rest !== '' && !rest.startsWith(`..${sep}`) && rest !== '..' && !isAbsolute(rest)
}

/**
 * The answer to one request of the scheme, served from `rendererDir` (the built `out/renderer`).
 * Only GET and HEAD; only a regular file whose real path (symlinks followed) is inside the folder,
 * read through the bounded reader (a FIFO cannot block, a device or a huge file is refused);
 * everything else is the same 404, whatever the reason, so a page learns nothing of the disk.
 */
export async function answerRendererRequest(request: { method: string; url: string }, rendererDir: string): Promise<RendererFileAnswer> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return notFound()
  const wanted = rendererRequestPath(request.url)
  if (wanted === null) return notFound()
  try {
    const root = await realpath(rendererDir)
    const file = await realpath(join(root, ...wanted.path.split('/')))
    if (!isInside(root, file)) return notFound()
    const body = await readBoundedFile(file, { maxBytes: MAX_RENDERER_FILE_BYTES, file: { kind: 'rendererFile' } })
    return { status: 200, headers: headers(wanted.contentType), body: request.method === 'HEAD' ? null : body }
  } catch {
    // Missing, unreadable, not a regular file or too large: all the same to the page.
    return notFound()
  }
}
