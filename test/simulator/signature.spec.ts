import { describe, expect, it } from 'vitest'
import { canonicalQuery, percentEncode, signedQuery, signRpc, stringToSign } from '../../src/simulator'

/** The published RPC v1 test vector (Alibaba Cloud signature docs). */
const VECTOR = {
  Action: 'DescribeRegions',
  Format: 'XML',
  SignatureMethod: 'HMAC-SHA1',
  SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
  SignatureVersion: '1.0',
  Timestamp: '2016-02-23T12:46:24Z',
  Version: '2014-05-26',
  AccessKeyId: 'testid'
}

describe('RPC signature v1', () => {
  it('reproduces the published test vector for GET and POST', () => {
    expect(signRpc('GET', VECTOR, 'testsecret')).toBe('OLeaidS1JvxuMvnyHOwuJ+uX5qY=')
    expect(signRpc('POST', VECTOR, 'testsecret')).toBe('MxbnVAM4w6sft9xjVpe/GCKueuk=')
  })

  it('encodes the timestamp colons twice in the string to sign', () => {
    const text = stringToSign('GET', VECTOR)
    expect(text.startsWith('GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions')).toBe(true)
    expect(text).toContain('Timestamp%3D2016-02-23T12%253A46%253A24Z')
  })

  it("percent-encodes the characters encodeURIComponent leaves alone, and spaces as %20", () => {
    expect(percentEncode("a!b'c(d)e*f")).toBe('a%21b%27c%28d%29e%2Af')
    expect(percentEncode('a b+c~d')).toBe('a%20b%2Bc~d')
    expect(percentEncode('云呼')).toBe('%E4%BA%91%E5%91%BC')
  })

  it('sorts keys and leaves the Signature out of the canonical query', () => {
    expect(canonicalQuery({ b: '2', Signature: 'x', a: '1', C: '3' })).toBe('C=3&a=1&b=2')
  })

  it('changes with the method, the secret and any parameter', () => {
    const base = signRpc('GET', VECTOR, 'testsecret')
    expect(signRpc('GET', VECTOR, 'othersecret')).not.toBe(base)
    expect(signRpc('GET', { ...VECTOR, Format: 'JSON' }, 'testsecret')).not.toBe(base)
  })

  it('builds a signed query whose Signature is the one for its method', () => {
    const query = new URLSearchParams(signedQuery(VECTOR, 'testsecret', 'POST'))
    expect(query.get('Signature')).toBe('MxbnVAM4w6sft9xjVpe/GCKueuk=')
    expect(query.get('Timestamp')).toBe('2016-02-23T12:46:24Z')
    expect(new URLSearchParams(signedQuery(VECTOR, 'testsecret')).get('Signature')).toBe('OLeaidS1JvxuMvnyHOwuJ+uX5qY=')
  })
})
