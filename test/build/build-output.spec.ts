/** What `electron-vite build` leaves for the app and the CLI (npm test builds before testing). */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { describe, expect, it } from 'vitest'
import { answerRendererRequest } from '../../src/core/renderer-protocol'

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

  it('has every renderer file served by app://renderer with a type, and nothing of the build manifest', async () => {
    const renderer = join(out, 'renderer')
    const files = readdirSync(renderer, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(renderer, join(entry.parentPath, entry.name)).split(sep).join('/'))
    expect(files).toContain('index.html')
    for (const file of files) {
      const answer = await answerRendererRequest({ method: 'GET', url: `app://renderer/${file}` }, renderer)
      expect(answer.status, file).toBe(file.startsWith('.vite/') ? 404 : 200)
    }
  })

  it('loads the simulator only when the demo is chosen: no entry requires its chunk at start', () => {
    const marker = 'Specified signature nonce was used already.'
    // A chunk required at the top of a file loads with it; one required inside a promise waits.
    const staticRequires = (file: string): string[] =>
      [...readFileSync(join(out, 'main', file), 'utf8').matchAll(/^(?:const|var|let) \w+ = require\("\.\/(?:chunks\/)?([^"]+)"\)/gm)].map((m) => `chunks/${m[1]!}`)
    for (const entry of ['index.js', 'cli.js']) {
      const loaded = new Set([entry])
      for (const file of loaded) for (const chunk of staticRequires(file)) loaded.add(chunk)
      for (const file of loaded) expect(readFileSync(join(out, 'main', file), 'utf8'), `${entry} loads ${file}`).not.toContain(marker)
    }
    const chunks = readdirSync(join(out, 'main/chunks'))
    expect(chunks.some((chunk) => readFileSync(join(out, 'main/chunks', chunk), 'utf8').includes(marker)), 'the simulator is a chunk of its own').toBe(true)
  })

  it('draws charts on canvas in the page and as SVG in core, each bundle without the other renderer', () => {
    // zrender's canvas painter tags its layers data-zr-dom-id; its SVG painter writes ecmeta_ attributes.
    const page = readdirSync(join(out, 'renderer/assets'))
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(out, 'renderer/assets', file), 'utf8'))
    expect(page.some((text) => text.includes('data-zr-dom-id')), 'the canvas painter').toBe(true)
    expect(page.some((text) => text.includes('ecmeta_')), 'the SVG painter').toBe(false)
    // Main leaves ECharts in node_modules; `echarts/renderers` would load both painters.
    const mainFiles = ['index.js', 'cli.js', ...readdirSync(join(out, 'main/chunks')).map((chunk) => `chunks/${chunk}`)]
    const required = new Set(
      mainFiles.flatMap((file) => [...readFileSync(join(out, 'main', file), 'utf8').matchAll(/require\("(echarts[^"]*)"\)/g)].map((m) => m[1]!))
    )
    expect([...required].sort()).toEqual(['echarts/charts', 'echarts/components', 'echarts/core', 'echarts/lib/renderer/installSVGRenderer.js'])
  })

  it('keeps Electron out of the CLI bundle', () => {
    expect(readFileSync(join(out, 'main/cli.js'), 'utf8')).not.toMatch(/require\(["']electron["']\)/)
  })
})
