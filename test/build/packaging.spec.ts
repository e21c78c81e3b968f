/**
 * Packaging, short of building installers (that needs Electron's download, which this machine
 * cannot reach): electron-builder.yml is valid for the electron-builder we pin, makes the installers
 * the README promises, and ships what the app needs to start.
 */
import { readFileSync, type Stats } from 'node:fs'
import { join } from 'node:path'
import { DebugLogger } from 'builder-util'
import { FileMatcher } from 'app-builder-lib/out/fileMatcher'
import { validateConfiguration } from 'app-builder-lib/out/util/config/config'
import type { Configuration } from 'app-builder-lib'
import { load } from 'js-yaml'
import { describe, expect, it } from 'vitest'

const root = join(__dirname, '../..')
const config = load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Configuration
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  main: string
  scripts: Record<string, string>
  devDependencies: Record<string, string>
}

const targets = (platform: 'linux' | 'win' | 'mac'): string[] =>
  ((config[platform] as { target?: Array<string | { target: string }> } | undefined)?.target ?? []).map((t) =>
    typeof t === 'string' ? t : t.target
  )

describe('packaging', () => {
  it('is a configuration the pinned electron-builder accepts, and refuses a misspelt one', async () => {
    expect(pkg.devDependencies['electron-builder']).toMatch(/^\d+\.\d+\.\d+$/)
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
    await expect(validateConfiguration({ ...config, asarUnpak: ['x'] } as Configuration, new DebugLogger(false))).rejects.toThrow(
      /asarUnpak/
    )
  })

  it('flips every fuse the app does not need, file:// privileges included', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false
    })
  })

  it('makes an AppImage and a deb, an NSIS installer and a dmg', () => {
    expect(targets('linux')).toEqual(['AppImage', 'deb'])
    expect(targets('win')).toEqual(['nsis'])
    expect(targets('mac')).toEqual(['dmg'])
    expect(pkg.scripts.dist).toBe('npm run build && electron-builder')
  })

  it('ships the built app it starts from, with a real icon', () => {
    expect(pkg.main).toBe('./out/main/index.js')
    const icon = readFileSync(join(root, 'resources/icon.png'))
    expect(icon.subarray(1, 4).toString('latin1')).toBe('PNG')
    // electron-builder wants at least 256×256 (512 for macOS) to derive every platform's sizes.
    expect(icon.readUInt32BE(16)).toBeGreaterThanOrEqual(512)
    expect(icon.readUInt32BE(20)).toBeGreaterThanOrEqual(512)
  })

  it('ships main, preload and the renderer, and none of the builds beside them that serve tests and the web demo', () => {
    // electron-builder's own matcher, on the patterns of `files`.
    const ships = new FileMatcher(root, root, (pattern) => pattern, config.files as string[]).createFilter()
    const file = { isDirectory: () => false } as Stats
    const shipped = (path: string): boolean => ships(join(root, path), file)
    for (const path of ['package.json', 'out/main/index.js', 'out/main/cli.js', 'out/preload/index.js', 'out/renderer/index.html', 'out/renderer/assets/main-abc.js']) {
      expect(shipped(path), path).toBe(true)
    }
    // The loopback test host, the web build it serves, the bench, the build manifest, sources, maps.
    for (const path of ['out/test-host/demo-web.js', 'out/web/index.html', 'out/bench/bench.js', 'out/renderer/.vite/manifest.json', 'out/main/index.js.map', 'src/main/index.ts', 'test/e2e/harness.ts']) {
      expect(shipped(path), path).toBe(false)
    }
  })
})
