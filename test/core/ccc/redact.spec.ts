import { describe, expect, it } from 'vitest'
import { maskAccessKeyId, redact } from '../../../src/core/ccc/redact'

describe('redact', () => {
  it('removes pop-core\'s signed URL suffix', () => {
    const text = redact(
      'Specified instance not found, URL: https://ccc.cn-shanghai.aliyuncs.com/?AccessKeyId=LTAI5tAbc&Action=GetInstance&Signature=abc%3D'
    )
    expect(text).toBe('Specified instance not found')
  })

  it('removes signed parameters wherever they appear, plain or percent-encoded', () => {
    const text = redact('POST http://127.0.0.1:1/?AccessKeyId=K&Signature=S failed. GET&%2F&AccessKeyId%3DLTAI5tX%26Action')
    expect(text).not.toMatch(/AccessKeyId=K|Signature=S|LTAI5tX/)
  })

  it('removes the string to sign the gateway echoes back', () => {
    const text = redact('Specified signature is not matched with our calculation. server string to sign is:POST&%2F&AccessKeyId%3DLTAI5tSecretish')
    expect(text).toBe('Specified signature is not matched with our calculation. server string to sign is: [redacted]')
  })

  it('removes known secrets verbatim', () => {
    expect(redact('token abcd1234efgh in text', ['abcd1234efgh'])).toBe('token [redacted] in text')
  })

  it('masks an AccessKey id to its ends', () => {
    expect(maskAccessKeyId('LTAI5tAbCdEfGhIjabcd')).toBe('LTAI****abcd')
    expect(maskAccessKeyId('short')).toBe('****')
  })
})
