/** Imports profiles from the aliyun CLI's configuration or the standard environment variables. */
import { InputError } from '../errors'
import type { ImportReport, SecretStorage } from '../../shared/profiles'
import { readEnvironmentCredentials } from '../session'
import { readAliyunCliConfig, skipped } from './aliyun-cli-config'
import type { ProfileService } from './profile-service'

export async function importAliyunCliProfiles(
  profiles: ProfileService,
  options: { path?: string | undefined; storage: SecretStorage }
): Promise<ImportReport> {
  const config = await readAliyunCliConfig(options.path)
  const report: ImportReport = { imported: [], skipped: [...config.skipped] }
  for (const cred of config.importable) {
    if (await profiles.findByName(cred.name)) {
      report.skipped.push(skipped(cred.name, cred.mode, 'NameTaken'))
      continue
    }
    report.imported.push(
      await profiles.save({
        name: cred.name,
        accessKeyId: cred.accessKeyId,
        accessKeySecret: cred.accessKeySecret,
        securityToken: cred.securityToken,
        region: cred.region,
        instanceIds: [],
        storage: options.storage
      })
    )
  }
  return report
}

export const ENVIRONMENT_PROFILE_NAME = 'environment'

export async function importEnvironmentProfile(
  profiles: ProfileService,
  env: Record<string, string | undefined>,
  storage: SecretStorage
): Promise<ImportReport> {
  const found = readEnvironmentCredentials(env)
  if (!found) {
    throw new InputError('Import.NothingFound', 'ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET are not set in the environment CCC Supervisor was started from.')
  }
  if (await profiles.findByName(ENVIRONMENT_PROFILE_NAME)) {
    return { imported: [], skipped: [skipped(ENVIRONMENT_PROFILE_NAME, 'environment', 'NameTaken')] }
  }
  const profile = await profiles.save({
    name: ENVIRONMENT_PROFILE_NAME,
    accessKeyId: found.credentials.accessKeyId,
    accessKeySecret: found.credentials.accessKeySecret,
    securityToken: found.credentials.securityToken,
    region: found.region,
    endpoint: found.endpoint,
    instanceIds: found.instanceIds,
    storage
  })
  return { imported: [profile], skipped: [] }
}
