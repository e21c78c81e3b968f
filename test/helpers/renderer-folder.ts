/**
 * A built-renderer folder with hostile neighbours, for the specs of what app://renderer serves:
 * secrets beside it (with the renderer's own file types, so only confinement can refuse them),
 * symlinks leading out, a FIFO, a /dev/zero link, a folder named like a file and a sparse huge file.
 */
import { spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** In every file outside the renderer folder; a response carrying it leaked. */
export const OUTSIDE_MARKER = 'OUTSIDE-THE-RENDERER-7f3a'

/** One pixel of PNG: its bytes must come back unchanged. */
export const PNG_BYTES = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64'
)

export interface RendererFolder {
  /** The temporary folder holding the renderer and its neighbours. */
  root: string
  /** What app://renderer serves. */
  rendererDir: string
  remove(): Promise<void>
}

export async function makeRendererFolder(): Promise<RendererFolder> {
  const root = await mkdtemp(join(tmpdir(), 'ccc-renderer-'))
  const rendererDir = join(root, 'renderer')
  const assets = join(rendererDir, 'assets')
  await mkdir(assets, { recursive: true })
  await mkdir(join(root, 'renderer-evil'))
  await mkdir(join(rendererDir, 'folder.js'))

  for (const name of ['secret.js', 'secret.html', 'secret.json', join('renderer-evil', 'secret.js')]) {
    await writeFile(join(root, name), `${OUTSIDE_MARKER} ${name}`)
  }
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>CCC Supervisor</title><script type="module" src="./assets/app.js"></script>')
  await writeFile(join(assets, 'app.js'), 'export const app = 1\n')
  await writeFile(join(assets, 'app.css'), 'body { margin: 0 }\n')
  await writeFile(join(assets, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  await writeFile(join(assets, 'logo.png'), PNG_BYTES)
  await writeFile(join(assets, 'font.woff2'), Buffer.from('wOF2 stand-in'))
  await writeFile(join(assets, 'strings.json'), '{"hello":"你好"}')
  await writeFile(join(assets, 'notes.txt'), 'a type the build never writes')

  // A link inside the folder to a file inside it is how a build may share a file: it is served.
  await symlink('app.js', join(assets, 'alias.js'))
  await symlink(join(root, 'secret.js'), join(rendererDir, 'leak.js'))
  await symlink('../secret.html', join(rendererDir, 'leak.html'))
  await symlink(root, join(rendererDir, 'up'))
  await symlink('/dev/zero', join(rendererDir, 'zero.js'))
  const fifo = spawnSync('mkfifo', [join(rendererDir, 'pipe.js')])
  if (fifo.status !== 0) throw new Error(`mkfifo failed: ${String(fifo.stderr)}`)
  // Sparse: larger than the cap without writing 17 MB.
  await writeFile(join(rendererDir, 'huge.js'), '')
  await truncate(join(rendererDir, 'huge.js'), 17 * 1024 * 1024)

  return { root, rendererDir, remove: () => rm(root, { recursive: true, force: true }) }
}
