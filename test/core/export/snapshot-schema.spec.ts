/** The published JSON Schema is the zod schema's, so the two cannot drift. */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SNAPSHOT_VERSION, snapshotJsonSchema, snapshotSchema } from '../../../src/shared/snapshot'

describe('snapshot schema', () => {
  it('resources/snapshot.schema.json equals the generated schema', () => {
    const published: unknown = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../resources/snapshot.schema.json'), 'utf8'))
    expect(published).toEqual(snapshotJsonSchema())
  })

  it('is version 1 and rejects other formats', () => {
    expect(SNAPSHOT_VERSION).toBe(1)
    expect(snapshotSchema.safeParse({ format: 'other', version: 1 }).success).toBe(false)
  })
})
