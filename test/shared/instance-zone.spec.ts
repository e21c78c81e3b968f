import { describe, expect, it } from 'vitest'
import { instanceTimeZone, isIanaTimeZone, regionTimeZone } from '../../src/shared/ccc/instance-zone'

describe('the zone a region keeps its days in', () => {
  it.each([
    ['cn-shanghai', 'Asia/Shanghai'],
    ['cn-hangzhou', 'Asia/Shanghai'],
    ['cn-beijing', 'Asia/Shanghai'],
    ['ap-southeast-1', 'Asia/Singapore'],
    ['ap-southeast-5', 'Asia/Jakarta'],
    ['ap-northeast-1', 'Asia/Tokyo'],
    ['eu-central-1', 'Europe/Berlin'],
    ['eu-west-1', 'Europe/London'],
    ['us-west-1', 'America/Los_Angeles'],
    ['us-east-1', 'America/New_York']
  ])('%s keeps %s days', (region, zone) => {
    expect(regionTimeZone(region)).toBe(zone)
  })

  it('gives China\'s days to a region it does not know, and never answers from the object prototype', () => {
    expect(regionTimeZone('xx-nowhere-9')).toBe('Asia/Shanghai')
    expect(regionTimeZone('toString')).toBe('Asia/Shanghai')
    expect(regionTimeZone('__proto__')).toBe('Asia/Shanghai')
  })

  it('names only IANA zones every region answers with', () => {
    for (const region of ['cn-shanghai', 'ap-southeast-1', 'ap-southeast-5', 'ap-northeast-1', 'eu-central-1', 'eu-west-1', 'us-west-1', 'us-east-1']) {
      expect(isIanaTimeZone(regionTimeZone(region))).toBe(true)
    }
  })
})

describe('IANA zone names', () => {
  it.each(['Asia/Shanghai', 'Europe/London', 'America/Argentina/Buenos_Aires', 'Asia/Kolkata', 'UTC', 'Etc/GMT+8'])('accepts %s', (zone) => {
    expect(isIanaTimeZone(zone)).toBe(true)
  })

  it.each([
    ['an unknown name', 'Mars/Base'],
    ['an offset', '+08:00'],
    ['a path', '../../etc/passwd'],
    ['a name in the wrong case', 'asia/shanghai'],
    ['an empty string', ''],
    ['markup', '<img src=x onerror=alert(1)>'],
    ['a very long name', `Asia/${'x'.repeat(80)}`],
    ['a number', 8],
    ['null', null]
  ])('refuses %s', (_what, zone) => {
    expect(isIanaTimeZone(zone)).toBe(false)
  })
})

describe('the zone an instance keeps its days in', () => {
  const zones = { region: 'ap-southeast-1', timeZones: { 'ccc-night': 'Europe/London' } }

  it('is the one set for it', () => {
    expect(instanceTimeZone(zones, 'ccc-night')).toBe('Europe/London')
  })

  it('is its region\'s when none is set', () => {
    expect(instanceTimeZone(zones, 'ccc-demo')).toBe('Asia/Singapore')
    expect(instanceTimeZone({ region: 'cn-shanghai', timeZones: {} }, 'ccc-demo')).toBe('Asia/Shanghai')
  })

  it('falls back to the region where what is set is not a zone', () => {
    expect(instanceTimeZone({ region: 'ap-northeast-1', timeZones: { 'ccc-demo': 'Mars/Base' } }, 'ccc-demo')).toBe('Asia/Tokyo')
    expect(instanceTimeZone({ region: 'ap-northeast-1', timeZones: {} }, 'constructor')).toBe('Asia/Tokyo')
  })
})
