/**
 * The native open dialogs main shows, as plain options in a language: nothing here imports
 * Electron at run time, so the texts each dialog gets are tested in Node; the composition root
 * hands the options to `dialog.showOpenDialog`.
 */
import type { OpenDialogOptions } from 'electron'
import type { MenuLocale } from '../menu/menu-messages'
import { DIALOG_MESSAGES } from './dialog-messages'

/** Where an export writes its files; the user may make a new folder there. */
export function exportFolderDialog(locale: MenuLocale): OpenDialogOptions {
  const t = DIALOG_MESSAGES[locale]
  return { title: t.exportTitle, message: t.exportMessage, buttonLabel: t.exportButton, properties: ['openDirectory', 'createDirectory'] }
}

/** A snapshot `.json` to open in the viewer. */
export function snapshotFileDialog(locale: MenuLocale): OpenDialogOptions {
  const t = DIALOG_MESSAGES[locale]
  return {
    title: t.openTitle,
    message: t.openMessage,
    buttonLabel: t.openButton,
    properties: ['openFile'],
    filters: [{ name: t.snapshotFilter, extensions: ['json'] }]
  }
}
