import { describe, expect, it } from 'vitest'
import { landingRoute } from '@renderer/model/landing'
import { DEMO, profile, session } from '../fake-bridge'

describe('landing page', () => {
  it('offers the demo on the profiles page when nothing is configured', () => {
    expect(landingRoute(session(), [DEMO])).toEqual({ name: 'profiles' })
  })

  it('opens the first instance of a profile or of environment credentials', () => {
    const prod = session({ source: 'profile', profileId: 'p', profileName: 'Prod', instanceIds: ['ccc-prod'] })
    expect(landingRoute(prod, [DEMO, profile()])).toEqual({ name: 'overview', params: { instanceId: 'ccc-prod' } })
    const env = session({ source: 'environment', profileId: null, instanceIds: ['ccc-env'] })
    expect(landingRoute(env, [DEMO])).toEqual({ name: 'overview', params: { instanceId: 'ccc-env' } })
  })

  it('returns to the demo a user picked although profiles exist', () => {
    expect(landingRoute(session({ instanceIds: ['ccc-demo'] }), [DEMO, profile()])).toEqual({
      name: 'overview',
      params: { instanceId: 'ccc-demo' }
    })
  })

  it('goes to the profiles page when there is no instance to show or the session failed', () => {
    expect(landingRoute(session({ source: 'profile', instanceIds: [] }), [DEMO, profile()])).toEqual({ name: 'profiles' })
    expect(landingRoute(null, null)).toEqual({ name: 'profiles' })
  })
})
