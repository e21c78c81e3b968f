/**
 * What a zh-CN catalogue text may hold in Latin letters, for the catalogue sweeps (errors, the
 * CLI's texts, enum words): product and API names, and the parts that are not sentences.
 */

/** Words a zh-CN text may hold: product and API names, options and examples a person types as they are. */
export const ALLOWED = /\b(CCC Supervisor|CCC|AccessKey( ID| Secret)?|RAM|STS|aliyun CLI|Secret Service|D-Bus|Seahorse|KeePassXC|GNOME|RequestId|GetInstance|AliyunCCCReadOnlyAccess|IANA|Windows|macOS|PDF|UUID)\b/g
/** The parts that are not sentences: placeholders, options, commands, paths, codes, identifiers. */
export const NOT_PROSE = /\{[\w:]+\}|--?[\w-]+|https?:\/\/\S+|\b[\w.-]+\/[\w./-]+|\b\w+(?:[._]\w+)+\b|\b[A-Z_]{2,}\b|\bapt install [\w. -]+|\bdbus-run-session\b|ccc-supervisor( profiles list)?|\b(list|add|remove|import-aliyun-cli|json|csv|xlsx|html|Daily|Hourly|zh-CN|en-US)\b/g

/** A zh-CN text without its allowed parts: what is left must read as Chinese. */
export const proseOf = (text: string): string => text.replace(NOT_PROSE, ' ').replace(ALLOWED, ' ')

/** Three Latin words in a row: an English sentence, or the start of one. */
export const ENGLISH_RUN = /[A-Za-z]+[\s,]+[A-Za-z]+[\s,]+[A-Za-z]+/
