/**
 * The words of the native dialogs main shows, in the app's two languages, as the menu's are in
 * menu-messages.ts. zh-CN is typed by en-US's keys, so a missing or extra text fails the build;
 * test/main/dialogs checks that no zh-CN text is English.
 */
import type { MenuLocale } from '../menu/menu-messages'

export const EN_DIALOG_MESSAGES = {
  exportTitle: 'Export snapshot',
  /** Shown above the folder list on macOS only. */
  exportMessage: 'Choose the folder the snapshot files are written to.',
  exportButton: 'Choose Folder',
  openTitle: 'Open snapshot',
  /** Shown above the file list on macOS only. */
  openMessage: 'Choose a snapshot .json file exported by CCC Supervisor.',
  openButton: 'Open',
  /** The file-type filter's name; it lists `.json` files. */
  snapshotFilter: 'CCC Supervisor snapshot'
} as const

export type DialogMessageKey = keyof typeof EN_DIALOG_MESSAGES
export type DialogMessages = Readonly<Record<DialogMessageKey, string>>

export const ZH_DIALOG_MESSAGES: DialogMessages = {
  exportTitle: '导出快照',
  exportMessage: '选择写入快照文件的文件夹。',
  exportButton: '选择文件夹',
  openTitle: '打开快照',
  openMessage: '选择 CCC Supervisor 导出的快照 .json 文件。',
  openButton: '打开',
  snapshotFilter: 'CCC Supervisor 快照'
}

export const DIALOG_MESSAGES: Readonly<Record<MenuLocale, DialogMessages>> = Object.freeze({
  'en-US': EN_DIALOG_MESSAGES,
  'zh-CN': ZH_DIALOG_MESSAGES
})
