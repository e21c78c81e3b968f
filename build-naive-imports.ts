/**
 * A build plugin: `import { NButton } from 'naive-ui'` becomes an import of NButton's own module.
 * Through the package's index every naive-ui module counts as reachable from the first page, so the
 * bundler put every component any page uses into the first download; imported one by one, each
 * component loads with the first page that uses it. Types are left to the index, as before.
 *
 * naive-ui's date locales are rewritten the same way: each imports its locale from date-fns' locale
 * index, and through that index the bundler counted every date-fns locale the app uses as needed by
 * the first page (naive-ui's English fallback is always loaded).
 */
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { createRequire } from 'node:module'
import type { Plugin } from 'vite'

/** Exported name → [module file, name in that module ('default' for a default export)]. */
function naiveExports(): Map<string, [string, string]> {
  // From the project root (where npm runs the builds), so it works from any config's format.
  const index = createRequire(resolve('package.json')).resolve('naive-ui/es/index.mjs')
  const source = readFileSync(index, 'utf8')
  const locals = new Map<string, [string, string]>()
  for (const [, clause, from] of source.matchAll(/^import ([^;]+?) from "([^"]+)";$/gm)) {
    const file = join(dirname(index), from!)
    const named = /\{([^}]*)\}/.exec(clause!)
    const head = clause!.replace(/\{[^}]*\}/, '').replace(/,\s*$/, '').trim()
    if (head) locals.set(head, [file, 'default'])
    for (const part of named?.[1]?.split(',') ?? []) {
      const [imported, local = imported] = part.trim().split(/\s+as\s+/)
      if (imported) locals.set(local!.trim(), [file, imported.trim()])
    }
  }
  const exportList = /^export \{([^}]*)\};$/m.exec(source)?.[1] ?? ''
  const exports = new Map<string, [string, string]>()
  for (const part of exportList.split(',')) {
    const [local, exported = local] = part.trim().split(/\s+as\s+/)
    const target = local ? locals.get(local.trim()) : undefined
    if (target && exported) exports.set(exported.trim(), target)
  }
  return exports
}

/** date-fns' export name of each locale → its own module ('zhCN' → 'date-fns/locale/zh-CN'). */
function dateFnsLocales(): Map<string, string> {
  const root = dirname(createRequire(resolve('package.json')).resolve('date-fns/package.json'))
  const locales = new Map<string, string>()
  for (const [, name] of readFileSync(join(root, 'locale.js'), 'utf8').matchAll(/^export \* from "\.\/locale\/([\w-]+)\.js";$/gm)) {
    const exported = /^export const (\w+) =/m.exec(readFileSync(join(root, 'locale', `${name!}.js`), 'utf8'))?.[1]
    if (exported) locales.set(exported, `date-fns/locale/${name!}`)
  }
  return locales
}

const DATE_LOCALE_MODULE = /[\\/]naive-ui[\\/]es[\\/]locales[\\/]date[\\/][^\\/]+\.mjs$/
const DATE_FNS_LOCALE_IMPORT = /import\s*\{\s*(\w+)\s*\}\s*from\s*"date-fns\/locale";/

const NAIVE_IMPORT = /import\s*\{([^}]*)\}\s*from\s*['"]naive-ui['"];?/g

export function naiveComponentImports(): Plugin {
  const exports = naiveExports()
  let locales: Map<string, string> | undefined
  return {
    name: 'ccc-naive-component-imports',
    enforce: 'pre',
    transform(code, id) {
      if (DATE_LOCALE_MODULE.test(id.split('?')[0]!)) {
        const match = DATE_FNS_LOCALE_IMPORT.exec(code)
        locales ??= dateFnsLocales()
        const file = match ? locales.get(match[1]!) : undefined
        return file ? { code: code.replace(match![0], `import { ${match![1]!} } from ${JSON.stringify(file)};`), map: null } : null
      }
      if (id.includes('node_modules') || !/\.(vue|ts)$/.test(id.split('?')[0]!) || !code.includes('naive-ui')) return null
      let changed = false
      const out = code.replace(NAIVE_IMPORT, (statement, list: string) => {
        const values: string[] = []
        const types: string[] = []
        for (const raw of list.split(',').map((s) => s.trim()).filter(Boolean)) {
          if (raw.startsWith('type ')) types.push(raw)
          else values.push(raw)
        }
        const lines: string[] = []
        for (const spec of values) {
          const [name, local = name] = spec.split(/\s+as\s+/).map((s) => s.trim())
          const target = exports.get(name!)
          // Anything not found stays on the index: correct, just not split.
          if (!target) return statement
          const [file, imported] = target
          lines.push(
            imported === 'default'
              ? `import ${local} from ${JSON.stringify(file)};`
              : `import { ${imported} as ${local} } from ${JSON.stringify(file)};`
          )
        }
        if (types.length > 0) lines.push(`import { ${types.join(', ')} } from 'naive-ui';`)
        changed = true
        return lines.join('\n')
      })
      return changed ? { code: out, map: null } : null
    }
  }
}
