/** What `electron-vite build` leaves for the app and the CLI (npm test builds before testing). */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const out = join(__dirname, '../../out')

describe.skipIf(!existsSync(out) && !process.env.CI)('build output', () => {
  it('has main, preload, renderer and the CLI', () => {
    for (const file of ['main/index.js', 'main/cli.js', 'preload/index.js', 'renderer/index.html']) {
      expect(existsSync(join(out, file)), file).toBe(true)
    }
  })

  it('keeps the preload free of everything but the channel table', () => {
    const preload = readFileSync(join(out, 'preload/index.js'), 'utf8')
    expect(preload).toContain('contextBridge')
    expect(preload).not.toMatch(/ZodError|pop-core|createRequire/)
  })

  it('ships the renderer with its CSP and no inline script', () => {
    const html = readFileSync(join(out, 'renderer/index.html'), 'utf8')
    expect(html).toMatch(/http-equiv="Content-Security-Policy"\s+content="default-src 'none'/)
    expect(html).not.toMatch(/<script>(?!<\/script>)/)
    const assets = readdirSync(join(out, 'renderer/assets'))
    expect(assets.some((f) => f.endsWith('.js'))).toBe(true)
  })

  it('keeps Electron out of the CLI bundle', () => {
    expect(readFileSync(join(out, 'main/cli.js'), 'utf8')).not.toMatch(/require\(["']electron["']\)/)
  })
})
