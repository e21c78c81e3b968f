/**
 * How a refused file is named, what it turned out to be, and what to do about it, in both
 * languages: core raises File.* errors with these as codes (`fileKind`, `fileType`, `advice`) and
 * the page and the CLI put the words in, so no English phrase travels inside a parameter.
 */
import type { ErrorLocale } from './error-texts'

export const FILE_KINDS = ['profileList', 'snapshot', 'aliyunConfig', 'recentSnapshots', 'rendererFile'] as const
export type FileKind = (typeof FILE_KINDS)[number]
export const FILE_TYPES = ['fifo', 'device', 'socket', 'folder', 'socketOrDevice', 'other'] as const
export type FileType = (typeof FILE_TYPES)[number]
export const FILE_ADVICE = ['profileList', 'snapshot'] as const
export type FileAdvice = (typeof FILE_ADVICE)[number]

interface FileWords {
  /** `{path}` is the file's path or name. */
  kind: Record<FileKind, string>
  type: Record<FileType, string>
  advice: Record<FileAdvice, string>
}

export const FILE_WORDS: Record<ErrorLocale, FileWords> = {
  'en-US': {
    kind: {
      profileList: 'The profile list at {path}',
      snapshot: 'The snapshot file {path}',
      aliyunConfig: 'The aliyun CLI configuration at {path}',
      recentSnapshots: 'The recent-snapshots list',
      rendererFile: 'A renderer file'
    },
    type: {
      fifo: 'a named pipe (FIFO)',
      device: 'a device',
      socket: 'a socket',
      folder: 'a folder',
      socketOrDevice: 'a socket or a device',
      other: 'something other than a file'
    },
    advice: {
      profileList: 'It was left as it is; move it aside to start a new list. Secrets in the keychain are untouched.',
      snapshot: 'Choose the snapshot .json file itself.'
    }
  },
  'zh-CN': {
    kind: {
      profileList: '位于 {path} 的配置档案列表',
      snapshot: '快照文件 {path}',
      aliyunConfig: '位于 {path} 的 aliyun CLI 配置',
      recentSnapshots: '最近打开的快照列表',
      rendererFile: '界面文件'
    },
    type: {
      fifo: '命名管道（FIFO）',
      device: '设备',
      socket: '套接字',
      folder: '文件夹',
      socketOrDevice: '套接字或设备',
      other: '非文件的对象'
    },
    advice: {
      profileList: '文件保持原样；将其移走即可开始新的列表。钥匙串中的密钥不受影响。',
      snapshot: '请选择快照 .json 文件本身。'
    }
  }
}

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value)

/**
 * The words a File.* text needs, from its codes: `file` (the kind with its path), `fileTypeText`
 * and `adviceText` (empty, or a sentence to follow the text). Nothing for an error without them.
 */
export function fileWords(params: Record<string, unknown> | undefined, locale: ErrorLocale): Record<string, string> {
  if (!params || !isOneOf(FILE_KINDS, params.fileKind)) return {}
  const words = FILE_WORDS[locale]
  const path = typeof params.path === 'string' ? params.path : ''
  return {
    file: words.kind[params.fileKind].replace('{path}', () => path),
    fileTypeText: isOneOf(FILE_TYPES, params.fileType) ? words.type[params.fileType] : words.type.other,
    adviceText: isOneOf(FILE_ADVICE, params.advice) ? `${locale === 'en-US' ? ' ' : ''}${words.advice[params.advice]}` : ''
  }
}
