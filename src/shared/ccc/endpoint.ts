/** Where CCC's RPC API lives for a region (see shared/notes: only two regions have their own host). */
export const DEFAULT_REGION = 'cn-shanghai'

const REGIONAL_HOSTS = new Set(['cn-shanghai', 'cn-hangzhou'])

export const REGION_PATTERN = /^[a-z]{2,}(-[a-z0-9]+){1,3}$/

export function endpointForRegion(region: string): string {
  return REGIONAL_HOSTS.has(region) ? `https://ccc.${region}.aliyuncs.com` : 'https://ccc.aliyuncs.com'
}

/** Accepts an http(s) origin only: no path, query or credentials that could leak or mislead. */
export function parseEndpoint(value: string): string | null {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return null
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) {
    return null
  }
  return url.origin
}
