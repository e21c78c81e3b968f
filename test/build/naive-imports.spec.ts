/** The build's naive-ui import rewrite: each component from its own module, types left alone. */
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { naiveComponentImports } from '../../build-naive-imports'

const plugin = naiveComponentImports()
const transform = (code: string, id = '/app/src/renderer/src/components/X.vue'): string | null => {
  const hook = plugin.transform as (code: string, id: string) => { code: string } | null
  return hook.call({}, code, id)?.code ?? null
}

describe('naive-ui component imports', () => {
  it('imports each component, composable and theme from its own module', () => {
    const out = transform(`import {\n  NDatePicker,\n  NButton as Btn,\n  useMessage,\n  dataTableDark,\n  type SelectOption\n} from 'naive-ui'\nconst x = 1`)!
    const targets = [...out.matchAll(/from "([^"]+)"/g)].map((m) => m[1]!)
    expect(targets).toHaveLength(4)
    for (const file of targets) {
      expect(file).toMatch(/[\\/]naive-ui[\\/]es[\\/]/)
      expect(existsSync(file), file).toBe(true)
    }
    expect(out).toMatch(/^import \w+ from ".*date-picker.*"/m)
    expect(out).toMatch(/^import Btn from ".*[\\/]button[\\/].*"/m)
    expect(out).toMatch(/^import \{ useMessage as useMessage \} from ".*use-message\.mjs"/m)
    // Types still come from the index (the compiler erases them).
    expect(out).toContain("import { type SelectOption } from 'naive-ui';")
    expect(out).toContain('const x = 1')
    expect(out.match(/'naive-ui'/g)).toHaveLength(1)
  })

  it('leaves an import it cannot map, dependencies and unrelated files alone', () => {
    const unknown = `import { NNoSuchThing } from 'naive-ui'`
    expect(transform(unknown)).toBeNull()
    expect(transform(`import { NButton } from 'naive-ui'`, '/app/node_modules/x/index.ts')).toBeNull()
    expect(transform(`import { ref } from 'vue'`)).toBeNull()
  })
})
