// Lint for CCC Supervisor: recommended rules plus the layering and security rules that keep each
// process inside its own lane. No type-aware rules, so linting the whole repo stays fast.
import { builtinModules } from 'node:module'
import js from '@eslint/js'
import { defineConfig, globalIgnores } from 'eslint/config'
import pluginVue from 'eslint-plugin-vue'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const CODE = '**/*.{ts,mts,cts,js,mjs,cjs,vue}'

/** Import patterns that reach into a layer, by relative path or alias. */
/** A relative import into the folder `name` (`../main`, `../../main/x`): a package's own folder of that name (`echarts/lib/renderer/…`) is not one. */
const layer = (name) => [new RegExp(`^\\.{1,2}/(.*/)?${name}(/.*)?$`)]
const ELECTRON = ['electron', 'electron/**']
/** A Node built-in by its whole name (`events`, `fs/promises`, `node:…`), not a path that ends in one (`@shared/ipc/events`). */
const escapeRe = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
const NODE_BUILTINS = new RegExp(`^(node:.+|(${builtinModules.map(escapeRe).join('|')})(\\/.*)?)$`)

/** A `no-restricted-imports` entry saying which layers a folder may not import, and why. */
function badLayering(folder, forbidden) {
  return [
    'error',
    {
      patterns: forbidden.flatMap(([items, why]) => {
        const message = `Bad layering: ${folder} ${why}`
        const all = items instanceof RegExp ? [items] : items
        const group = all.filter((item) => typeof item === 'string')
        return [...all.filter((item) => item instanceof RegExp).map((re) => ({ regex: re.source, message })), ...(group.length > 0 ? [{ group, message }] : [])]
      })
    }
  ]
}

const rendererImports = [
  [[...layer('main'), ...layer('preload'), ...layer('simulator'), ...layer('cli')], 'may not import main, preload, simulator or cli; go through window.api (src/renderer/src/api).'],
  [ELECTRON, 'may not import electron; the page talks to main only through window.api.'],
  [NODE_BUILTINS, 'may not import Node built-ins; the renderer is a sandboxed web page.']
]

// `shell.openExternal` in any spelling; the one allowed caller is openExternalSafely.
const OPEN_EXTERNAL_MESSAGE =
  'Call openExternalSafely (src/main/window/main-window.ts): it is the only place allowed to use shell.openExternal.'
const openExternalBan = [
  "MemberExpression[object.name='shell'][property.name='openExternal']",
  "MemberExpression[object.name='shell'][property.value='openExternal']",
  "MemberExpression[object.property.name='shell'][property.name='openExternal']",
  "VariableDeclarator[init.name='shell'] > ObjectPattern > Property[key.name='openExternal']",
  "VariableDeclarator[init.property.name='shell'] > ObjectPattern > Property[key.name='openExternal']",
  "Property[key.name='shell'] > ObjectPattern > Property[key.name='openExternal']"
].map((selector) => ({ selector, message: OPEN_EXTERNAL_MESSAGE }))

// `webContents.send` in any spelling; the one file that sends events to a page is send-events.ts.
const SEND_MESSAGE = 'Events reach a page only through forwardEvents (src/main/ipc/send-events.ts), from the contract\'s event table.'
const webContentsSendBan = [
  "MemberExpression[object.property.name='webContents'][property.name='send']",
  "MemberExpression[object.name='webContents'][property.name='send']",
  "MemberExpression[object.property.name='webContents'][property.value='send']",
  "VariableDeclarator[init.property.name='webContents'] > ObjectPattern > Property[key.name='send']"
].map((selector) => ({ selector, message: SEND_MESSAGE }))

const WINDOW_OPEN = {
  object: 'window',
  property: 'open',
  message: 'Links leave the app through api.openExternal({ url }); window.open is always denied.'
}
const WINDOW_API = {
  object: 'window',
  property: 'api',
  message: 'Only src/renderer/src/api reads window.api; import from there.'
}

export default defineConfig([
  globalIgnores(['out/', 'dist/', 'node_modules/', 'test-results/']),

  {
    files: [CODE],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      // TypeScript resolves names itself; this rule cannot see types and globals declared in .d.ts files.
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-restricted-syntax': ['error', ...openExternalBan, ...webContentsSendBan]
    }
  },

  // Vue single-file components: the Vue parser for templates, typescript-eslint's for <script lang="ts">.
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'], sourceType: 'module' }
    },
    rules: {
      'vue/no-v-html': 'error',
      'vue/no-restricted-static-attribute': [
        'error',
        { key: 'target', element: 'a', message: 'Links leave the app through api.openExternal({ url }).' }
      ],
      'vue/no-restricted-v-bind': [
        'error',
        { argument: 'target', element: 'a', message: 'Links leave the app through api.openExternal({ url }).' }
      ]
    }
  },

  // Which globals exist where.
  {
    files: ['src/main/**', 'src/core/**', 'src/cli/**', 'src/simulator/**', 'src/test-host/**', 'scripts/**', 'test/**', '*.{js,mjs,cjs,ts,mts,cts}'],
    languageOptions: { globals: globals.node }
  },
  { files: ['src/preload/**'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  { files: ['src/renderer/**', 'test/renderer/**'], languageOptions: { globals: globals.browser } },

  // Layering: imports point down to shared, never sideways between processes.
  // A later entry for the same files replaces an earlier one's options, so nested folders repeat their parents'.
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': badLayering('src/shared/**', [
        [[...layer('main'), ...layer('preload'), ...layer('renderer'), '@renderer', '@renderer/**', ...layer('simulator'), ...layer('cli')], 'is imported by every process and imports none of them.'],
        [[...ELECTRON, 'node:*'], 'runs in every process, so it may not use electron or node:* modules.']
      ])
    }
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': badLayering('src/core/**', [
        [ELECTRON, 'is the Node core of main, the CLI and the test host: it runs without Electron (that is src/main).'],
        [[...layer('main'), ...layer('renderer'), '@renderer', '@renderer/**', ...layer('preload'), ...layer('cli'), ...layer('test-host')], 'is imported by main, the CLI and the test host, and imports none of them.'],
        [/(^|\/)simulator(\/(?!demo-account$).*)?$/, 'loads the simulator only when the demo is chosen (src/core/demo.ts imports it dynamically); the demo\'s IDs are in src/simulator/demo-account.']
      ])
    }
  },
  {
    files: ['src/main/**'],
    rules: {
      'no-restricted-imports': badLayering('src/main/**', [
        [[...layer('renderer'), '@renderer', '@renderer/**', ...layer('preload'), ...layer('cli'), ...layer('test-host'), ...layer('simulator')], 'is the Electron shell: it uses src/core and src/shared only.']
      ])
    }
  },
  {
    files: ['src/test-host/**'],
    rules: {
      'no-restricted-imports': badLayering('src/test-host/**', [
        [[...layer('main'), ...layer('cli')], 'serves core\'s handlers to a browser, as main serves them to the window: it may not import main or the CLI.'],
        [ELECTRON, 'runs without Electron.']
      ])
    }
  },
  {
    files: ['src/preload/**'],
    rules: {
      'no-restricted-imports': badLayering('src/preload/**', [
        [[...layer('main'), ...layer('renderer'), '@renderer', '@renderer/**'], 'may not import main or renderer; it only forwards the contract (src/shared/ipc).']
      ])
    }
  },
  {
    files: ['src/simulator/**'],
    rules: {
      'no-restricted-imports': badLayering('src/simulator/**', [
        [[...layer('main'), ...layer('renderer'), '@renderer', '@renderer/**', ...layer('preload'), ...layer('cli')], 'stands in for the CCC API and knows nothing of the app.'],
        [ELECTRON, 'runs without Electron.']
      ])
    }
  },
  {
    files: ['src/cli/**'],
    rules: {
      'no-restricted-imports': badLayering('src/cli/**', [
        [[...layer('renderer'), '@renderer', '@renderer/**', ...layer('preload'), ...layer('main'), ...layer('test-host')], 'is the headless entry on src/core: it may not import renderer, preload, main or the test host.'],
        [ELECTRON, 'is the headless entry and runs without Electron.']
      ])
    }
  },
  {
    files: ['src/renderer/**'],
    rules: {
      'no-restricted-imports': badLayering('src/renderer/**', rendererImports),
      // The contract and the snapshot schema are zod: types only, or the page ships zod (~85 KB).
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['@shared/ipc/contract', '@shared/snapshot'].map((name) => ({
            name,
            allowTypeImports: true,
            message: 'The renderer imports only types from here (it holds zod); take values from a zod-free module such as @shared/export-formats or @shared/ipc/channels.'
          }))
        }
      ],
      'no-restricted-properties': ['error', WINDOW_OPEN, WINDOW_API],
      'no-restricted-globals': ['error', { name: 'open', message: WINDOW_OPEN.message }]
    }
  },
  {
    files: ['src/renderer/src/api/**'],
    rules: { 'no-restricted-properties': ['error', WINDOW_OPEN] }
  },
  {
    files: ['src/renderer/src/components/**'],
    rules: {
      'no-restricted-imports': badLayering('src/renderer/src/components/**', [
        ...rendererImports,
        [[...layer('stores'), ...layer('api')], 'take props and emit events; stores and api belong to App and views.']
      ])
    }
  },

  // The one place allowed to call shell.openExternal, and the one allowed to send to a page.
  {
    files: ['src/main/window/main-window.ts'],
    rules: { 'no-restricted-syntax': ['error', ...webContentsSendBan] }
  },
  {
    files: ['src/main/ipc/send-events.ts'],
    rules: { 'no-restricted-syntax': ['error', ...openExternalBan] }
  }
])
