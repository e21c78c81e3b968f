/**
 * Regions offered in the profile form. Any other region ID may be typed; cn-shanghai and
 * cn-hangzhou have their own CCC host, the rest go through the central one (see shared/ccc/endpoint).
 */
export const COMMON_REGIONS = [
  'cn-shanghai',
  'cn-hangzhou',
  'cn-beijing',
  'cn-shenzhen',
  'ap-southeast-1',
  'ap-southeast-5',
  'ap-northeast-1',
  'eu-central-1',
  'us-west-1'
] as const

export type CommonRegion = (typeof COMMON_REGIONS)[number]
