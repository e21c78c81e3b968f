/**
 * A build plugin: `import { NButton } from 'naive-ui'` becomes an import of NButton's own module.
 * Through the package's index every naive-ui module counts as reachable from the first page, so the
 * bundler put every component any page uses into the first download; imported one by one, each
 * component loads with the first page that uses it. Types are left to the index, as before.
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

const NAIVE_IMPORT = /import\s*\{([^}]*)\}\s*from\s*['"]naive-ui['"];?/g

export function naiveComponentImports(): Plugin {
  const exports = naiveExports()
  return {
    name: 'ccc-naive-component-imports',
    enforce: 'pre',
    transform(code, id) {
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
