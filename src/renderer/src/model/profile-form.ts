/**
 * The profile form's rules, checked before anything is sent so a typo gets a message beside its
 * field. Main checks again; these mirror its rules (src/shared/ipc/contract.ts, profile-service).
 */
import { DEFAULT_REGION, parseEndpoint, REGION_PATTERN } from '@shared/ccc/endpoint'
import { isInstanceId } from '@shared/ccc/ids'
import { isIanaTimeZone } from '@shared/ccc/instance-zone'
import type { ChannelInput } from '@shared/ipc/contract'
import type { ProfileSummary, SecretStorage } from '@shared/profiles'

export type SaveProfileInput = ChannelInput<'saveProfile'>

export interface ProfileFormValues {
  name: string
  accessKeyId: string
  /** Empty on edit: keep the stored secret. Never filled from anything stored. */
  accessKeySecret: string
  securityToken: string
  /** On edit of a profile with a token: drop it. */
  removeSecurityToken: boolean
  region: string
  endpoint: string
  instanceIds: string[]
  /** The zone chosen per instance; an instance not named keeps its region's. */
  timeZones: Record<string, string>
  storage: SecretStorage
}

export interface ProfileFormContext {
  /** The profile being edited; null for a new one. */
  editing: ProfileSummary | null
  keychainAvailable: boolean
}

export type ProfileField =
  | 'name'
  | 'accessKeyId'
  | 'accessKeySecret'
  | 'securityToken'
  | 'region'
  | 'endpoint'
  | 'instanceIds'
  | 'timeZones'
  | 'storage'

/** What is wrong with a field; the form turns the code into text (`profileForm.errors.<code>`). */
export type FieldErrorCode =
  | 'nameRequired'
  | 'nameTooLong'
  | 'nameControl'
  | 'accessKeyIdRequired'
  | 'accessKeyIdFormat'
  | 'secretRequired'
  | 'secretFormat'
  | 'secretForNewKey'
  | 'secretForgotten'
  | 'secretForDestination'
  | 'tokenFormat'
  | 'regionRequired'
  | 'regionFormat'
  | 'endpointFormat'
  | 'instanceIdsRequired'
  | 'instanceIdFormat'
  | 'instanceIdsTooMany'
  | 'timeZoneFormat'
  | 'keychainUnavailable'

export interface FieldError {
  code: FieldErrorCode
  /** For instanceIdFormat and timeZoneFormat: the IDs (or zones) that do not fit, comma separated. */
  detail?: string
}

export type FormErrors = Partial<Record<ProfileField, FieldError>>

export const MAX_INSTANCE_IDS = 50
const ACCESS_KEY_ID = /^[A-Za-z0-9._-]{8,128}$/
const PRINTABLE = /^[\x21-\x7e]+$/
// eslint-disable-next-line no-control-regex -- the rule is exactly "no control characters"
const CONTROL = /[\u0000-\u001f\u007f]/

export function initialValues(profile: ProfileSummary | null, storage: SecretStorage): ProfileFormValues {
  return {
    name: profile?.name ?? '',
    accessKeyId: '',
    accessKeySecret: '',
    securityToken: '',
    removeSecurityToken: false,
    region: profile?.region ?? DEFAULT_REGION,
    endpoint: profile?.endpoint ?? '',
    instanceIds: [...(profile?.instanceIds ?? [])],
    timeZones: { ...profile?.timeZones },
    storage: profile?.storage ?? storage
  }
}

/**
 * Whether the form sends an existing profile's calls somewhere else (region or endpoint, as main
 * stores them): main then wants the secret in the same save, so the form asks for it first.
 */
export function changesDestination(values: Pick<ProfileFormValues, 'region' | 'endpoint'>, editing: ProfileSummary | null): boolean {
  if (editing === null) return false
  const endpoint = values.endpoint.trim()
  const stored = endpoint === '' ? null : (parseEndpoint(endpoint) ?? endpoint)
  return values.region.trim() !== editing.region || stored !== editing.endpoint
}

/** Instance IDs typed or pasted as a list: commas (also Chinese ones), spaces or lines. */
export function splitInstanceIds(text: string): string[] {
  return text
    .split(/[\s,，、;；]+/)
    .map((id) => id.trim())
    .filter((id) => id !== '')
}

export function uniqueIds(ids: readonly string[]): string[] {
  return [...new Set(ids.map((id) => id.trim()).filter((id) => id !== ''))]
}

/** The zones chosen for the instances still listed: removing an instance forgets its zone. */
export function watchedTimeZones(values: Pick<ProfileFormValues, 'instanceIds' | 'timeZones'>): Record<string, string> {
  const ids = uniqueIds(values.instanceIds)
  return Object.fromEntries(Object.entries(values.timeZones).filter(([id]) => ids.includes(id)))
}

function sameZones(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((id) => Object.hasOwn(b, id) && a[id] === b[id])
}

/** Every problem of the form, by field; empty when it may be sent. */
export function validateProfileForm(values: ProfileFormValues, context: ProfileFormContext): FormErrors {
  const errors: FormErrors = {}
  const editing = context.editing
  const name = values.name.trim()
  if (name === '') errors.name = { code: 'nameRequired' }
  else if ([...name].length > 64) errors.name = { code: 'nameTooLong' }
  else if (CONTROL.test(name)) errors.name = { code: 'nameControl' }

  const keyId = values.accessKeyId.trim()
  const secret = values.accessKeySecret.trim()
  // A session-only secret is gone after a restart: the whole AccessKey has to be entered again.
  const secretForgotten = editing !== null && !editing.secretAvailable
  const keyNeeded = editing === null || secretForgotten
  if (keyId === '') {
    if (keyNeeded) errors.accessKeyId = { code: 'accessKeyIdRequired' }
  } else if (!ACCESS_KEY_ID.test(keyId)) errors.accessKeyId = { code: 'accessKeyIdFormat' }

  if (secret === '') {
    if (editing === null) errors.accessKeySecret = { code: 'secretRequired' }
    else if (secretForgotten) errors.accessKeySecret = { code: 'secretForgotten' }
    else if (keyId !== '') errors.accessKeySecret = { code: 'secretForNewKey' }
    else if (changesDestination(values, editing)) errors.accessKeySecret = { code: 'secretForDestination' }
  } else if (secret.length > 256 || !PRINTABLE.test(secret)) errors.accessKeySecret = { code: 'secretFormat' }

  const token = values.securityToken.trim()
  if (token !== '' && (token.length > 8192 || !PRINTABLE.test(token))) errors.securityToken = { code: 'tokenFormat' }

  const region = values.region.trim()
  if (region === '') errors.region = { code: 'regionRequired' }
  else if (!REGION_PATTERN.test(region)) errors.region = { code: 'regionFormat' }

  const endpoint = values.endpoint.trim()
  if (endpoint !== '' && parseEndpoint(endpoint) === null) errors.endpoint = { code: 'endpointFormat' }

  const ids = uniqueIds(values.instanceIds)
  const bad = ids.filter((id) => !isInstanceId(id))
  if (ids.length === 0) errors.instanceIds = { code: 'instanceIdsRequired' }
  else if (bad.length > 0) errors.instanceIds = { code: 'instanceIdFormat', detail: bad.join(', ') }
  else if (ids.length > MAX_INSTANCE_IDS) errors.instanceIds = { code: 'instanceIdsTooMany' }

  const badZones = Object.values(watchedTimeZones(values)).filter((zone) => !isIanaTimeZone(zone))
  if (badZones.length > 0) errors.timeZones = { code: 'timeZoneFormat', detail: badZones.join(', ') }

  if (values.storage === 'keychain' && !context.keychainAvailable) errors.storage = { code: 'keychainUnavailable' }
  return errors
}

/** What saveProfile is sent: only what the user typed; an empty secret on edit keeps the stored one. */
export function toSaveInput(values: ProfileFormValues, context: ProfileFormContext): SaveProfileInput {
  const input: SaveProfileInput = {
    name: values.name.trim(),
    region: values.region.trim(),
    endpoint: values.endpoint.trim() === '' ? null : values.endpoint.trim(),
    instanceIds: uniqueIds(values.instanceIds),
    storage: values.storage
  }
  // Sent only when chosen or changed: without them main keeps the stored ones.
  const timeZones = watchedTimeZones(values)
  if (!sameZones(timeZones, context.editing?.timeZones ?? {})) input.timeZones = timeZones
  if (context.editing !== null) input.id = context.editing.id
  const keyId = values.accessKeyId.trim()
  const secret = values.accessKeySecret.trim()
  const token = values.securityToken.trim()
  if (keyId !== '') input.accessKeyId = keyId
  if (secret !== '') input.accessKeySecret = secret
  if (token !== '') input.securityToken = token
  else if (context.editing?.hasSecurityToken && values.removeSecurityToken) input.securityToken = null
  return input
}
