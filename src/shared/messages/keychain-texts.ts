/**
 * What a supervisor can do about the keychain, per state and platform, in both languages. Core
 * says it in English on the terminal and in logs; the page and the CLI say it in their language.
 */
import type { KeychainState } from '../profiles'
import type { ErrorLocale } from './error-texts'

/** The platforms whose keychains differ in what to do; anything else is treated as Linux. */
export type KeychainPlatform = 'darwin' | 'win32' | 'linux'

type Fixes = Record<'darwinLocked' | 'darwinOther' | 'win32' | Exclude<KeychainState, 'available'>, string>

const FIXES: Record<ErrorLocale, Fixes> = {
  'en-US': {
    darwinLocked: 'Open Keychain Access, unlock the "login" keychain, and allow CCC Supervisor when macOS asks. Or use a session-only profile.',
    darwinOther: 'Check Keychain Access (Applications › Utilities) and restart CCC Supervisor. Or use a session-only profile.',
    win32: 'Check that Windows Credential Manager works for your account (Control Panel › Credential Manager). Or use a session-only profile.',
    locked: 'Unlock the "login" keyring (Passwords and Keys / Seahorse, or log in to the desktop again), then retry. Or use a session-only profile.',
    'no-service':
      "Install and start a Secret Service such as GNOME Keyring (apt install gnome-keyring) or enable KeePassXC's Secret Service integration, then restart CCC Supervisor. Or use a session-only profile.",
    'no-session-bus': 'Start CCC Supervisor from a desktop session (or run it under dbus-run-session with a keyring daemon). Or use a session-only profile.',
    'library-missing': 'Install libsecret (apt install libsecret-1-0), then restart CCC Supervisor. Or use a session-only profile.',
    denied: 'Allow CCC Supervisor when the keyring asks, then retry. Or use a session-only profile.',
    error: 'Restart the keyring daemon or log out and in again. Or use a session-only profile.'
  },
  'zh-CN': {
    darwinLocked: '打开“钥匙串访问”，解锁“登录”钥匙串，并在 macOS 询问时允许 CCC Supervisor。也可以使用仅本次会话的配置。',
    darwinOther: '检查“钥匙串访问”（应用程序 › 实用工具）并重启 CCC Supervisor。也可以使用仅本次会话的配置。',
    win32: '检查你的账户能否正常使用 Windows 凭据管理器（控制面板 › 凭据管理器）。也可以使用仅本次会话的配置。',
    locked: '解锁“登录”密钥环（“密码和密钥”/Seahorse，或重新登录桌面），然后重试。也可以使用仅本次会话的配置。',
    'no-service':
      '安装并启动 Secret Service，例如 GNOME 密钥环（apt install gnome-keyring），或启用 KeePassXC 的 Secret Service 集成，然后重启 CCC Supervisor。也可以使用仅本次会话的配置。',
    'no-session-bus': '请在桌面会话中启动 CCC Supervisor（或在 dbus-run-session 下与密钥环守护进程一起运行）。也可以使用仅本次会话的配置。',
    'library-missing': '安装 libsecret（apt install libsecret-1-0），然后重启 CCC Supervisor。也可以使用仅本次会话的配置。',
    denied: '在密钥环询问时允许 CCC Supervisor，然后重试。也可以使用仅本次会话的配置。',
    error: '重启密钥环守护进程，或注销后重新登录。也可以使用仅本次会话的配置。'
  }
}

/** How to fix the keychain in `state` on `platform`; empty when it is available. */
export function keychainFix(state: KeychainState, platform: string | undefined, locale: ErrorLocale): string {
  if (state === 'available') return ''
  const fixes = FIXES[locale]
  if (platform === 'darwin') return state === 'locked' || state === 'denied' ? fixes.darwinLocked : fixes.darwinOther
  if (platform === 'win32') return fixes.win32
  return fixes[state]
}

/** Every remedy text, for the sweep that checks both languages hold each one. */
export const KEYCHAIN_FIXES = FIXES

/** Each keychain state's error code (what a KeychainError carries). */
export const KEYCHAIN_CODES: Record<KeychainState, string> = {
  available: 'Keychain.Available',
  locked: 'Keychain.Locked',
  'no-service': 'Keychain.NoService',
  'no-session-bus': 'Keychain.NoSessionBus',
  denied: 'Keychain.Denied',
  'library-missing': 'Keychain.LibraryMissing',
  error: 'Keychain.Error'
}

/** The state each keychain code stands for. */
export const KEYCHAIN_STATES: Readonly<Record<string, KeychainState>> = Object.fromEntries(
  Object.entries(KEYCHAIN_CODES).map(([state, code]) => [code, state as KeychainState])
)
