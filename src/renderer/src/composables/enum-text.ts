/**
 * CCC's codes (status, role, work mode, number usage, call type, media type) as words in the page's
 * language, the same words the CLI and the exports use (src/shared/messages/enum-texts.ts). The code
 * stays within reach: on hover, and in what a table searches and copies, since a supervisor quoting
 * one in a ticket needs the code CCC knows.
 */
import { useI18n } from 'vue-i18n'
import { isKnownEnumValue, type CccEnumKind } from '@shared/ccc/enums'
import { enumWord } from '@shared/messages/enum-texts'
import { localeOf } from '../i18n'

export interface EnumText {
  /** The word shown; a code the docs do not name is shown as sent (empty as the missing mark). */
  label: string
  /** The hover text: the code, or why it is shown as sent. */
  hint: string
  /** What a table searches and copies: the word with its code, or the code alone. */
  copy: string
}

export function useEnumText() {
  const { t, locale } = useI18n()
  return (kind: CccEnumKind, value: string): EnumText => {
    if (value === '') return { label: t('common.missing'), hint: '', copy: '' }
    if (!isKnownEnumValue(kind, value)) return { label: value, hint: t('enums.unknownHint'), copy: value }
    const label = enumWord(kind, value, localeOf(locale.value))
    return { label, hint: value, copy: t('enums.withCode', { label, code: value }) }
  }
}
