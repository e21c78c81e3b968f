/** What app://renderer answers, on a real folder with hostile neighbours. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { answerRendererRequest, rendererRequestPath } from '../../src/core/renderer-protocol'
import { CONTENT_SECURITY_POLICY } from '../../src/core/security-policy'
import { makeRendererFolder, OUTSIDE_MARKER, PNG_BYTES, type RendererFolder } from '../helpers/renderer-folder'

let folder: RendererFolder
beforeAll(async () => {
  folder = await makeRendererFolder()
})
afterAll(() => folder.remove())

const get = (url: string, method = 'GET') => answerRendererRequest({ method, url }, folder.rendererDir)

describe('answerRendererRequest', () => {
  it('serves the page with its type and the strict CSP as a header', async () => {
    const answer = await get('app://renderer/index.html')
    expect(answer.status).toBe(200)
    expect(answer.headers['Content-Type']).toBe('text/html; charset=utf-8')
    expect(answer.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(answer.headers['X-Content-Type-Options']).toBe('nosniff')
    expect(answer.body?.toString('utf8')).toContain('<title>CCC Supervisor</title>')
  })

  it.each([
    ['assets/app.js', 'text/javascript; charset=utf-8'],
    ['assets/app.css', 'text/css; charset=utf-8'],
    ['assets/icon.svg', 'image/svg+xml'],
    ['assets/logo.png', 'image/png'],
    ['assets/font.woff2', 'font/woff2'],
    ['assets/strings.json', 'application/json; charset=utf-8']
  ])('serves %s as %s', async (path, type) => {
    const answer = await get(`app://renderer/${path}`)
    expect(answer.status).toBe(200)
    expect(answer.headers['Content-Type']).toBe(type)
    expect(answer.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY)
  })

  it('serves bytes unchanged, ignores query and fragment, and decodes the path once', async () => {
    expect((await get('app://renderer/assets/logo.png')).body).toEqual(PNG_BYTES)
    expect((await get('app://renderer/assets/app.js?v=2#x')).body?.toString()).toBe('export const app = 1\n')
    expect((await get('app://renderer/assets/%61pp.js')).status).toBe(200)
    // Twice-encoded stays encoded after one decoding: a file named "%61pp.js", which is not there.
    expect((await get('app://renderer/assets/%2561pp.js')).status).toBe(404)
  })

  it('follows a link that stays inside the folder', async () => {
    const answer = await get('app://renderer/assets/alias.js')
    expect(answer.status).toBe(200)
    expect(answer.body?.toString()).toBe('export const app = 1\n')
  })

  it('answers HEAD without a body, and nothing but GET and HEAD', async () => {
    const head = await get('app://renderer/index.html', 'HEAD')
    expect(head.status).toBe(200)
    expect(head.body).toBeNull()
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'get']) {
      expect((await get('app://renderer/index.html', method)).status, method).toBe(404)
    }
  })

  it.each([
    ['.. in the path', 'app://renderer/../secret.js'],
    ['encoded ..', 'app://renderer/%2e%2e/secret.js'],
    ['encoded .. and slash', 'app://renderer/..%2fsecret.js'],
    ['upper-case encoding', 'app://renderer/%2E%2E%2Fsecret.js'],
    ['a backslash', 'app://renderer/..\\secret.js'],
    ['an encoded backslash', 'app://renderer/..%5csecret.js'],
    ['backslashes down and up', 'app://renderer/assets%5c..%5c..%5csecret.js'],
    ['a sibling folder sharing the prefix', 'app://renderer/..%2frenderer-evil/secret.js'],
    ['a NUL', 'app://renderer/index.html%00.js'],
    ['an absolute path', `app://renderer/${encodeURIComponent('/etc/hostname.json')}`],
    ['an empty segment', 'app://renderer//index.html'],
    ['a dot segment', 'app://renderer/.%2findex.html'],
    ['a Windows drive', 'app://renderer/C:%5cWindows%5cwin.ini'],
    ['a path that does not decode', 'app://renderer/%E0%A4%A.js'],
    ['a link leading out', 'app://renderer/leak.js'],
    ['a relative link leading out', 'app://renderer/leak.html'],
    ['a file through a linked folder outside', 'app://renderer/up/secret.js'],
    ['a FIFO', 'app://renderer/pipe.js'],
    ['a link to /dev/zero', 'app://renderer/zero.js'],
    ['a folder named like a file', 'app://renderer/folder.js'],
    ['a folder', 'app://renderer/assets'],
    ['the root', 'app://renderer/'],
    ['a file over the size cap', 'app://renderer/huge.js'],
    ['a type the build never writes', 'app://renderer/assets/notes.txt'],
    ['a missing file', 'app://renderer/assets/missing.js'],
    ['another host', 'app://other/index.html'],
    ['a port', 'app://renderer:8080/index.html'],
    ['user info', 'app://user@renderer/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['https with the same host', 'https://renderer/index.html'],
    ['garbage', 'not a url'],
    ['an over-long path', `app://renderer/${'a/'.repeat(1100)}x.js`]
  ])('refuses %s with a bodiless 404', async (_why, url) => {
    const answer = await get(url)
    expect(answer.status).toBe(404)
    expect(answer.body).toBeNull()
    expect(answer.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY)
  })

  it('answers a FIFO at once, and the page after it', async () => {
    const started = performance.now()
    const [pipe, page] = await Promise.all([get('app://renderer/pipe.js'), get('app://renderer/index.html')])
    expect(pipe.status).toBe(404)
    expect(page.status).toBe(200)
    expect(performance.now() - started).toBeLessThan(5000)
  })

  it('never returns a byte of the files beside the folder', async () => {
    for (const url of ['app://renderer/leak.js', 'app://renderer/leak.html', 'app://renderer/up/secret.json']) {
      const answer = await get(url)
      expect(answer.body?.toString('latin1') ?? '', url).not.toContain(OUTSIDE_MARKER)
    }
  })

  it('answers 404 when the renderer folder itself is missing', async () => {
    const answer = await answerRendererRequest({ method: 'GET', url: 'app://renderer/index.html' }, `${folder.rendererDir}-gone`)
    expect(answer.status).toBe(404)
  })
})

describe('rendererRequestPath', () => {
  it('maps a request to a relative path and its type, touching no file', () => {
    expect(rendererRequestPath('app://renderer/assets/index-CI579El5.js')).toEqual({
      path: 'assets/index-CI579El5.js',
      contentType: 'text/javascript; charset=utf-8'
    })
    expect(rendererRequestPath('app://renderer/index.html')).toEqual({ path: 'index.html', contentType: 'text/html; charset=utf-8' })
  })

  it.each([undefined, null, 42, '', 'app://renderer/.hidden', 'app://renderer/.vite/manifest.json', 'app://renderer/noextension'])('refuses %j', (url) => {
    expect(rendererRequestPath(url)).toBeNull()
  })
})
