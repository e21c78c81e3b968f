/** The renderer's CSP meta tag and main's policy are written in two places; this keeps them equal. */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { metaContentSecurityPolicy } from '../../../src/core/security-policy'

const html = readFileSync(resolve(import.meta.dirname, '../../../src/renderer/index.html'), 'utf8')

function metaPolicies(source: string): string[] {
  const tags = source.match(/<meta\b[^>]*>/gi) ?? []
  return tags
    .filter((tag) => /http-equiv\s*=\s*"Content-Security-Policy"/i.test(tag))
    .map((tag) => /\bcontent\s*=\s*"([^"]*)"/i.exec(tag)?.[1] ?? '')
}

describe('src/renderer/index.html', () => {
  it('carries exactly one CSP meta tag, equal to the policy', () => {
    const policies = metaPolicies(html)
    expect(policies).toHaveLength(1)
    expect(policies[0]).toBe(metaContentSecurityPolicy())
  })

  it('puts the CSP before any script, so it applies to all of them', () => {
    expect(html.search(/http-equiv\s*=\s*"Content-Security-Policy"/i)).toBeLessThan(html.search(/<script\b/i))
  })

  it('has no inline script and no remote script', () => {
    for (const tag of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) ?? []) {
      expect(tag).toMatch(/\bsrc\s*=\s*"\/[^/]/)
      expect(tag).toMatch(/><\/script>$/)
    }
  })

  it('declares a language and the app mount point', () => {
    expect(html).toMatch(/<html\s+lang="[a-zA-Z-]+"/)
    expect(html).toContain('<div id="app"></div>')
  })
})
