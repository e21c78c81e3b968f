/** The application menu as data: what each build and language offers, and what each item does. */
import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { menuTemplate, type MenuOptions } from '../../../src/main/menu/app-menu'
import { HELP_LINKS, MENU_MESSAGES, menuLocale, type MenuLocale } from '../../../src/main/menu/menu-messages'

const LOCALES: MenuLocale[] = ['zh-CN', 'en-US']
const PLATFORMS: NodeJS.Platform[] = ['linux', 'win32', 'darwin']

function build(options: Partial<MenuOptions> = {}) {
  const actions = { command: vi.fn(), openExternal: vi.fn() }
  const menu = menuTemplate({ packaged: true, locale: 'en-US', platform: 'linux', actions, ...options })
  return { menu, actions }
}

function items(menu: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return menu.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])])
}

const byLabel = (menu: readonly MenuItemConstructorOptions[], label: string) => items(menu).find((item) => item.label === label)
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as (() => void) | undefined)?.()

describe('the menu messages', () => {
  it('fill every label in both languages, each in its own words', () => {
    const keys = Object.keys(MENU_MESSAGES['en-US']).sort()
    expect(Object.keys(MENU_MESSAGES['zh-CN']).sort()).toEqual(keys)
    for (const key of keys) {
      for (const locale of LOCALES) expect(MENU_MESSAGES[locale][key as keyof (typeof MENU_MESSAGES)['en-US']].trim(), `${locale} ${key}`).not.toBe('')
    }
    expect(MENU_MESSAGES['zh-CN'].export).not.toBe(MENU_MESSAGES['en-US'].export)
  })

  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['en-US', 'en-US'],
    ['de', 'en-US'],
    ['', 'en-US']
  ])('reads the OS locale %j as %s', (given, expected) => {
    expect(menuLocale(given)).toBe(expected)
  })
})

describe('menuTemplate', () => {
  it.each(LOCALES.flatMap((locale) => PLATFORMS.map((platform) => [locale, platform] as const)))(
    'labels every item from the %s table on %s',
    (locale, platform) => {
      const labels = new Set(Object.values(MENU_MESSAGES[locale]))
      for (const item of items(build({ locale, platform }).menu)) {
        if (item.type === 'separator') continue
        // The app's name is a name, the same in both languages.
        if (item.label === 'CCC Supervisor') continue
        expect(labels.has(item.label ?? ''), `${item.role ?? 'item'} ${item.label}`).toBe(true)
      }
    }
  )

  it('File offers Export… and Open Snapshot…, which the page carries out', () => {
    const { menu, actions } = build()
    const file = menu[0]!
    expect(file.label).toBe('&File')
    const exportItem = byLabel(menu, 'Export…')
    const open = byLabel(menu, 'Open Snapshot…')
    expect(exportItem?.accelerator).toBe('CmdOrCtrl+E')
    expect(open?.accelerator).toBe('CmdOrCtrl+O')
    click(exportItem)
    click(open)
    expect(actions.command.mock.calls).toEqual([['export'], ['openSnapshot']])
  })

  it('View has full screen and zoom; reload only in development; DevTools never', () => {
    const roles = (packaged: boolean) => items(build({ packaged }).menu).map((item) => item.role).filter(Boolean)
    expect(roles(true)).toEqual(expect.arrayContaining(['togglefullscreen', 'zoomIn', 'zoomOut', 'resetZoom']))
    expect(roles(true)).not.toContain('reload')
    expect(roles(false)).toContain('reload')
    for (const packaged of [true, false]) {
      expect(roles(packaged)).not.toContain('toggleDevTools')
      expect(roles(packaged)).not.toContain('forceReload')
    }
  })

  it('Help opens the documentation of the menu\'s language through the allow-listed opener', () => {
    for (const locale of LOCALES) {
      const { menu, actions } = build({ locale })
      click(byLabel(menu, MENU_MESSAGES[locale].documentation))
      click(byLabel(menu, MENU_MESSAGES[locale].console))
      expect(actions.openExternal.mock.calls).toEqual([[HELP_LINKS[locale].documentation], [HELP_LINKS[locale].console]])
    }
  })

  it('on macOS has the app menu, an Edit menu for copy and paste, and a Window menu', () => {
    const { menu } = build({ platform: 'darwin' })
    expect(menu.map((item) => item.label)).toEqual(['CCC Supervisor', '&File', '&Edit', '&View', '&Window', '&Help'])
    expect(items(menu).filter((item) => item.role === 'quit')).toHaveLength(1)
    expect(items(build({ platform: 'win32' }).menu).map((item) => item.role)).toEqual(expect.arrayContaining(['copy', 'paste', 'quit']))
  })
})
