/**
 * The renderer that ships carries its texts compiled (build-renderer.ts's rendererI18n) and no
 * message compiler: the compiler was 5 KB gzip of the first page (see first-page-size.spec.ts).
 * The component specs mount the same texts uncompiled, through the compiler, as written.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { firstLoadFiles, manifestKey, readManifest } from '../helpers/first-load'

const renderer = join(__dirname, '../../out/renderer')
const read = (file: string): string => readFileSync(join(renderer, file), 'utf8')

describe.skipIf(!existsSync(join(renderer, '.vite/manifest.json')) && !process.env.CI)('the shipped texts', () => {
  it.each(['en-US', 'zh-CN'])('of %s are compiled to vue-i18n messages at build time', (locale) => {
    const manifest = readManifest(renderer)
    const text = read(manifest[manifestKey(manifest, `src/i18n/${locale}.ts`)!]!.file)
    // A compiled message is vue-i18n's AST (`{t:0,b:…}`), not the string it was written as.
    expect(text).toMatch(/\bskipToContent:\{t:0,b:\{/)
    expect(text).toMatch(/\bbody:\{t:0,b:\{t:2,i:\[[^\]]*\{t:4,k:`path`\}/)
  })

  it('load without the message compiler', () => {
    const manifest = readManifest(renderer)
    // The compiler names the stage an error comes from; nothing else in vue-i18n does.
    const compiler = /[`"']tokenizer[`"']/
    for (const locale of ['en-US', 'zh-CN']) {
      for (const file of firstLoadFiles(manifest, 'src/views/InstanceOverviewView.vue', `src/i18n/${locale}.ts`)) {
        expect(read(file), file).not.toMatch(compiler)
      }
    }
  })
})
