/**
 * The layers are a rule, not a README sentence: lint refuses Electron in the core, the simulator
 * outside the demo's dynamic import, and main from the CLI and the test host.
 */
import { resolve } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '../..') })

async function layeringErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = [x]\n`, { filePath })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

describe('lint sends events from one file only', () => {
  const errorsOf = async (filePath: string, code: string): Promise<string[]> => {
    const [result] = await eslint.lintText(code, { filePath })
    return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message)
  }
  it.each([
    "export const f = (w: { webContents: { send(c: string): void } }) => w.webContents.send('x')",
    "export const f = (webContents: { send(c: string): void }) => webContents.send('x')",
    "export const f = (w: { webContents: { send(c: string): void } }) => { const { send } = w.webContents; send('x') }"
  ])('refuses webContents.send outside send-events.ts: %s', async (code) => {
    const errors = await errorsOf('src/main/window/any.ts', code)
    expect(errors.join('\n')).toMatch(/forwardEvents/)
  })
  it('allows it in send-events.ts', async () => {
    expect(await errorsOf('src/main/ipc/send-events.ts', "export const f = (w: { webContents: { send(c: string): void } }) => w.webContents.send('x')")).toEqual([])
  })
})

describe('lint keeps the layers apart', () => {
  it.each([
    ['src/core/ccc/any.ts', "import { app as x } from 'electron'", /src\/core.*runs without Electron/],
    ['src/core/any.ts', "import { startSimulator as x } from '../simulator'", /loads the simulator only when the demo is chosen/],
    ['src/core/ipc/any.ts', "import { signRpc as x } from '../../simulator/signature'", /loads the simulator only/],
    ['src/core/any.ts', "import { createMainWindow as x } from '../main/window/main-window'", /imports none of them/],
    ['src/main/any.ts', "import { startSimulator as x } from '../simulator'", /Electron shell/],
    ['src/cli/any.ts', "import { x } from '../main/index'", /headless entry on src\/core/],
    ['src/test-host/any.ts', "import { x } from '../main/window/main-window'", /may not import main/],
    ['src/test-host/any.ts', "import { ipcMain as x } from 'electron'", /runs without Electron/],
    ['src/renderer/src/any.ts', "import { EventEmitter as x } from 'events'", /Node built-ins/],
    ['src/renderer/src/any.ts', "import { readFile as x } from 'node:fs/promises'", /Node built-ins/],
    ['src/renderer/src/any.ts', "import { readFile as x } from 'fs/promises'", /Node built-ins/],
    ['src/core/export/any.ts', "import { x } from '../../renderer/src/i18n'", /imports none of them/],
    ['src/renderer/src/any.ts', "import { x } from '../../main/window/main-window'", /go through window.api/]
  ])('%s: %s is refused', async (file, code, message) => {
    const errors = await layeringErrors(file, code)
    expect(errors.length, errors.join('\n')).toBe(1)
    expect(errors[0]).toMatch(message)
  })

  it.each([
    ['src/core/ipc/any.ts', "import { DEMO_INSTANCE_IDS as x } from '../../simulator/demo-account'"],
    ['src/cli/any.ts', "import { CccClient as x } from '../core/ccc/client'"],
    ['src/main/any.ts', "import { createServices as x } from '../core/services'"],
    // A module named like a built-in is not one.
    ['src/renderer/src/any.ts', "import type { EventName as x } from '@shared/ipc/events'"],
    // A package's own folder named like a layer is not that layer.
    ['src/core/export/any.ts', "import { install as x } from 'echarts/lib/renderer/installSVGRenderer.js'"]
  ])('%s: %s is allowed', async (file, code) => {
    expect(await layeringErrors(file, code)).toEqual([])
  })
})
