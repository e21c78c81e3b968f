/** The native open dialogs' words and options, in both languages, without Electron. */
import type { OpenDialogOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { DIALOG_MESSAGES, EN_DIALOG_MESSAGES, ZH_DIALOG_MESSAGES, type DialogMessageKey } from '../../../src/main/dialogs/dialog-messages'
import { exportFolderDialog, snapshotFileDialog } from '../../../src/main/dialogs/open-dialogs'
import type { MenuLocale } from '../../../src/main/menu/menu-messages'
import { ALLOWED, ENGLISH_RUN, proseOf } from '../../helpers/zh-prose'

const LOCALES: MenuLocale[] = ['en-US', 'zh-CN']
const KEYS = Object.keys(EN_DIALOG_MESSAGES) as DialogMessageKey[]

/** Every text a person sees in a dialog's options. */
const textsOf = (options: OpenDialogOptions): string[] =>
  [options.title, options.message, options.buttonLabel, ...(options.filters ?? []).map((filter) => filter.name)].filter(
    (text): text is string => text !== undefined
  )

describe('the dialog messages', () => {
  it('hold every text in both languages', () => {
    expect(Object.keys(ZH_DIALOG_MESSAGES).sort()).toEqual([...KEYS].sort())
    for (const locale of LOCALES) for (const key of KEYS) expect(DIALOG_MESSAGES[locale][key].trim(), `${locale} ${key}`).not.toBe('')
  })

  it.each(KEYS)('%s in zh-CN is Chinese, with no English left beside the product name', (key) => {
    const zh = ZH_DIALOG_MESSAGES[key]
    expect(zh).not.toBe(EN_DIALOG_MESSAGES[key])
    expect(zh).toMatch(/[\u4e00-\u9fff]/)
    expect(proseOf(zh)).not.toMatch(ENGLISH_RUN)
    // The names first: proseOf drops "CCC" as a code before it can see "CCC Supervisor".
    expect(proseOf(zh.replace(ALLOWED, ' ')), zh).not.toMatch(/[A-Za-z]/)
    expect(EN_DIALOG_MESSAGES[key]).not.toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/)
  })
})

describe.each(LOCALES)('the dialogs in %s', (locale) => {
  const t = DIALOG_MESSAGES[locale]

  it('Export asks for a folder, one it may create, in the words of its language', () => {
    const options = exportFolderDialog(locale)
    expect(options.properties).toEqual(['openDirectory', 'createDirectory'])
    expect(textsOf(options)).toEqual([t.exportTitle, t.exportMessage, t.exportButton])
  })

  it('Open asks for one snapshot .json file, its filter named in its language', () => {
    const options = snapshotFileDialog(locale)
    expect(options.properties).toEqual(['openFile'])
    expect(options.filters).toEqual([{ name: t.snapshotFilter, extensions: ['json'] }])
    expect(textsOf(options)).toEqual([t.openTitle, t.openMessage, t.openButton, t.snapshotFilter])
  })

  it('shows no text of the other language', () => {
    const other = DIALOG_MESSAGES[locale === 'zh-CN' ? 'en-US' : 'zh-CN']
    const otherTexts = new Set(Object.values(other))
    for (const text of [...textsOf(exportFolderDialog(locale)), ...textsOf(snapshotFileDialog(locale))]) expect(otherTexts.has(text), text).toBe(false)
  })
})
