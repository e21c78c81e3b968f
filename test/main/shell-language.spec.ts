/** Which language main's menu and dialogs speak: the page's once it has said, the OS's before. */
import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { DIALOG_MESSAGES } from '../../src/main/dialogs/dialog-messages'
import { exportFolderDialog, snapshotFileDialog } from '../../src/main/dialogs/open-dialogs'
import { menuTemplate } from '../../src/main/menu/app-menu'
import { MENU_MESSAGES } from '../../src/main/menu/menu-messages'
import { createShellLanguage, shellLocale } from '../../src/main/shell-language'
import type { UiLocale } from '../../src/shared/ipc/contract'

const noActions = { command: () => {}, openExternal: () => {} }
const fileMenu = (locale: UiLocale): MenuItemConstructorOptions =>
  menuTemplate({ packaged: true, locale, platform: 'linux', actions: noActions }).find((item) => item.label === MENU_MESSAGES[locale].file)!

describe('shellLocale', () => {
  it.each([
    ['zh-CN', null, 'zh-CN'],
    ['zh-TW', null, 'zh-CN'],
    ['de-DE', null, 'en-US'],
    ['', null, 'en-US'],
    ['zh-CN', 'en-US', 'en-US'],
    ['en-US', 'zh-CN', 'zh-CN'],
    ['de-DE', 'zh-CN', 'zh-CN'],
    ['zh-CN', 'zh-CN', 'zh-CN']
  ] as const)('with the OS in %j and the page in %s speaks %s', (os, chosen, expected) => {
    expect(shellLocale(os, chosen)).toBe(expected)
  })
})

describe('the shell language', () => {
  it('follows the OS until the page says, then the page, whatever the OS says later', () => {
    let os = 'zh-CN'
    const language = createShellLanguage(() => os)
    expect(language.current()).toBe('zh-CN')
    os = 'en-GB'
    expect(language.current()).toBe('en-US')
    expect(language.choose('zh-CN')).toBe(true)
    expect(language.current()).toBe('zh-CN')
    os = 'de-DE'
    expect(language.current()).toBe('zh-CN')
  })

  it('asks for a rebuild only when the language shown changes', () => {
    const language = createShellLanguage(() => 'zh-CN')
    // The page in the OS's language: the menu already speaks it.
    expect(language.choose('zh-CN')).toBe(false)
    expect(language.choose('en-US')).toBe(true)
    expect(language.choose('en-US')).toBe(false)
    expect(language.choose('zh-CN')).toBe(true)
  })

  it("gives the menu and both dialogs the page's words on a Chinese OS set to English, and back", () => {
    const language = createShellLanguage(() => 'zh-CN')
    const wordsNow = () => {
      const locale = language.current()
      return { file: fileMenu(locale).label, exportTitle: exportFolderDialog(locale).title, openTitle: snapshotFileDialog(locale).title }
    }
    expect(wordsNow()).toEqual({ file: '文件(&F)', exportTitle: DIALOG_MESSAGES['zh-CN'].exportTitle, openTitle: DIALOG_MESSAGES['zh-CN'].openTitle })
    language.choose('en-US')
    expect(wordsNow()).toEqual({ file: '&File', exportTitle: 'Export snapshot', openTitle: 'Open snapshot' })
    language.choose('zh-CN')
    expect(wordsNow()).toEqual({ file: '文件(&F)', exportTitle: '导出快照', openTitle: '打开快照' })
  })
})
