/** Where the app opens when no page is asked for. */
import type { SessionInfo } from '@shared/ipc/contract'
import type { ProfileSummary } from '@shared/profiles'
import type { RouteLocationRaw } from 'vue-router'

/**
 * Real credentials (a profile or the environment) open on their first instance; with nothing
 * configured yet (only the built-in demo is listed) the profiles page offers the demo; a user who
 * picked the demo earlier gets it back.
 */
export function landingRoute(session: SessionInfo | null, profiles: readonly ProfileSummary[] | null): RouteLocationRaw {
  const first = session?.instanceIds[0]
  const overview = (instanceId: string): RouteLocationRaw => ({ name: 'overview', params: { instanceId } })
  if (session && first !== undefined && session.source !== 'demo') return overview(first)
  if (profiles === null || profiles.every((p) => p.builtIn)) return { name: 'profiles' }
  if (first !== undefined) return overview(first)
  return { name: 'profiles' }
}
