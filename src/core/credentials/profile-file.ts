/**
 * The profile list on disk: metadata only (names, masked key ids, regions, instance IDs), never a
 * secret or a clear AccessKey id. A damaged or newer file is reported and left exactly as it is.
 */
import { CodedError } from '../errors'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { INSTANCE_ID_PATTERN } from '../../shared/ccc/ids'
import { instanceTimeZones, MAX_WATCHED_INSTANCES } from '../../shared/ccc/zone-schema'
import { writeFileAtomic } from '../atomic-file'
import { FileReadError, readBoundedText } from '../bounded-file'

export const PROFILE_FILE_VERSION = 1
export const PROFILE_FILE_NAME = 'profiles.json'
/** A profile takes well under 4 KB (50 instance IDs at most): room for a thousand of them. */
export const MAX_PROFILE_FILE_BYTES = 4 * 1024 * 1024

const storedProfile = z
  .object({
    id: z.string().uuid(),
    name: z.string().min(1).max(64),
    accessKeyIdMasked: z.string().max(40),
    region: z.string().min(1).max(40),
    endpoint: z.string().max(200).nullable(),
    instanceIds: z.array(z.string().regex(INSTANCE_ID_PATTERN)).max(MAX_WATCHED_INSTANCES),
    /** The zone set for a watched instance; absent (files before zones) or unnamed: its region's. */
    timeZones: instanceTimeZones.optional(),
    hasSecurityToken: z.boolean(),
    storage: z.enum(['keychain', 'session']),
    createdAt: z.string(),
    updatedAt: z.string()
  })
  // A zone is kept only for an instance the profile watches.
  .refine((p) => Object.keys(p.timeZones ?? {}).every((id) => p.instanceIds.includes(id)))
export type StoredProfile = z.infer<typeof storedProfile>

const profileFile = z.object({
  version: z.literal(PROFILE_FILE_VERSION),
  activeProfileId: z.string().nullable(),
  profiles: z.array(storedProfile)
})
export type ProfileFileContent = z.infer<typeof profileFile>

export class ProfileFileError extends CodedError<'Profiles.Corrupt' | 'Profiles.NewerVersion' | 'Profiles.Unreadable' | 'Profiles.Unwritable'> {
  override readonly name = 'ProfileFileError'
}

const EMPTY: ProfileFileContent = { version: PROFILE_FILE_VERSION, activeProfileId: null, profiles: [] }

export class ProfileFile {
  readonly path: string
  /** Writes are serialised so two saves cannot interleave their read-modify-write. */
  private queue: Promise<unknown> = Promise.resolve()

  constructor(readonly dataDir: string) {
    this.path = join(dataDir, PROFILE_FILE_NAME)
  }

  async read(): Promise<ProfileFileContent> {
    let text: string
    try {
      text = await readBoundedText(this.path, {
        maxBytes: MAX_PROFILE_FILE_BYTES,
        file: { kind: 'profileList', path: this.path },
        advice: 'profileList'
      })
    } catch (error) {
      if (!(error instanceof FileReadError) || error.code === 'File.NotRegular' || error.code === 'File.TooLarge') throw error
      if (error.code === 'File.NotFound') return structuredClone(EMPTY)
      throw new ProfileFileError('Profiles.Unreadable', `The profile list at ${this.path} cannot be read (${error.errno ?? 'error'}).`, { path: this.path, errno: error.errno ?? 'error' })
    }
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      throw this.corrupt(text.trim() === '' ? 'it is empty' : 'it is not valid JSON, perhaps cut off')
    }
    const version = (json as { version?: unknown } | null)?.version
    if (typeof version === 'number' && version > PROFILE_FILE_VERSION) {
      throw new ProfileFileError(
        'Profiles.NewerVersion',
        `The profile list at ${this.path} was written by a newer CCC Supervisor (format ${version}). Update the app; the file was left as it is.`,
        { path: this.path, version: String(version).slice(0, 16) }
      )
    }
    const parsed = profileFile.safeParse(json)
    if (!parsed.success) throw this.corrupt('its content does not match the expected format')
    return parsed.data
  }

  private corrupt(why: string): ProfileFileError {
    return new ProfileFileError(
      'Profiles.Corrupt',
      `The profile list at ${this.path} is damaged: ${why}. It was left as it is and nothing was overwritten; move it aside to start a new list. Secrets in the keychain are untouched.`,
      { path: this.path }
    )
  }

  /** Read, change, write atomically; a failed read leaves the file alone. */
  update<T>(change: (content: ProfileFileContent) => T | Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      const content = await this.read()
      const result = await change(content)
      try {
        await mkdir(this.dataDir, { recursive: true, mode: 0o700 })
        await writeFileAtomic(this.path, `${JSON.stringify(content, null, 2)}\n`)
      } catch (error) {
        throw new ProfileFileError('Profiles.Unwritable', `The profile list could not be saved in ${this.dataDir} (${(error as NodeJS.ErrnoException).code ?? 'error'}); nothing was changed.`, { path: this.dataDir, errno: (error as NodeJS.ErrnoException).code ?? 'error' })
      }
      return result
    })
    this.queue = run.catch(() => {})
    return run
  }
}
