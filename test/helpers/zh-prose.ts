/**
 * What a zh-CN catalogue text may hold in Latin letters, for the catalogue sweeps (errors, the
 * CLI's texts, enum words): product and API names, and the parts that are not sentences.
 */

/**
 * Words a zh-CN text may hold in Latin letters, each for a reason: a name the supervisor sees in
 * that form on Alibaba's own Chinese pages, in their OS or in a command they type.
 */
const ALLOWED_WORDS: ReadonlyArray<readonly [word: string, why: string]> = [
  ['CCC Supervisor', 'the product name, as the window and the packages are called'],
  ['CCC', "Alibaba's own short name for 云联络中心, on its Chinese console too"],
  ['AccessKey( ID| Secret)?', 'the RAM console labels them so in Chinese'],
  ['RAM', "Alibaba's access-control product name"],
  ['STS', 'the Security Token Service, named so in the Chinese docs'],
  ['aliyun CLI', "Alibaba's command-line tool, whose profiles we import"],
  ['Secret Service', 'the freedesktop keychain API the error names'],
  ['D-Bus', 'the Linux session bus the keychain needs'],
  ['Seahorse', 'a keychain application the fix suggests'],
  ['KeePassXC', 'a keychain application the fix suggests'],
  ['GNOME', 'the desktop whose keyring the fix names'],
  ['RequestId', "CCC's field name a ticket asks for"],
  ['GetInstance', 'the API action a RAM policy must allow'],
  ['AliyunCCCReadOnlyAccess', 'the RAM policy to attach, typed as it is'],
  ['IANA', 'the time-zone database zones are named from'],
  ['Windows', 'an OS name'],
  ['macOS', 'an OS name'],
  ['PDF', 'a file format'],
  ['UUID', 'the form an ID takes']
]

/** The allowed words as one pattern (longest alternatives first, so `CCC Supervisor` beats `CCC`). */
export const ALLOWED = new RegExp(`\\b(${ALLOWED_WORDS.map(([word]) => word).join('|')})\\b`, 'g')
/** The parts that are not sentences: placeholders, options, commands, paths, codes, identifiers. */
export const NOT_PROSE = /\{[\w:]+\}|--?[\w-]+|https?:\/\/\S+|\b[\w.-]+\/[\w./-]+|\b\w+(?:[._]\w+)+\b|\b[A-Z_]{2,}\b|\bapt install [\w. -]+|\bdbus-run-session\b|ccc-supervisor( profiles list)?|\b(list|add|remove|import-aliyun-cli|json|csv|xlsx|html|Daily|Hourly|zh-CN|en-US)\b/g

/**
 * A zh-CN text without its allowed parts: what is left must read as Chinese. The allowed words go
 * first: NOT_PROSE takes `CCC` for a code and would leave the `Supervisor` of `CCC Supervisor`.
 */
export const proseOf = (text: string): string => text.replace(ALLOWED, ' ').replace(NOT_PROSE, ' ')

/** Three Latin words in a row: an English sentence, or the start of one. */
export const ENGLISH_RUN = /[A-Za-z]+[\s,]+[A-Za-z]+[\s,]+[A-Za-z]+/
