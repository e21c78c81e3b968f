/**
 * Each CCC response is written once, as field specs: the type, the snapshot's schema and the
 * normaliser all come from them. A field added to a spec therefore shows up in all three, and a
 * spec names the documented fields, spelled as the docs spell them.
 */
import { describe, expect, expectTypeOf, it } from 'vitest'
import { z } from 'zod'
import { readShape } from '../../src/core/ccc/normalise'
import { INSTANCE, PHONE_NUMBER, SKILL_GROUP, USER, type ShapeValue } from '../../src/shared/ccc/shapes'
import type { Instance } from '../../src/shared/ccc/types'
import { shapeSchema } from '../../src/shared/snapshot'
import { docExample } from '../fixtures/doc-examples'

const keys = (o: unknown): string[] => Object.keys(o as object).sort()
const first = (list: unknown): unknown => (list as unknown[])[0]

describe('the GetInstance shapes', () => {
  it('name exactly the fields of the documented example', () => {
    const data = docExample('GetInstance').Data as Record<string, unknown>
    const number = first(data.NumberList) as Record<string, unknown>
    expect(keys(INSTANCE.fields)).toEqual(keys(data))
    expect(keys(USER.fields)).toEqual(keys(first(data.AdminList)))
    expect(keys(PHONE_NUMBER.fields)).toEqual(keys(number))
    expect(keys(SKILL_GROUP.fields)).toEqual(keys(first(number.SkillGroups)))
  })
})

describe('a field added to a spec', () => {
  // An admin as ListUsers describes one: a field more, one the SDK spells otherwise (made up here).
  const ADMIN = { fields: { ...USER.fields, DeviceId: { kind: 'string' }, SkillLevel: { kind: 'integer', sdkName: 'Level' } } } as const
  const WITH_ADMINS = { fields: { ...INSTANCE.fields, AdminList: { kind: 'list', shape: ADMIN } } } as const
  const raw = (): Record<string, unknown> => {
    const data = docExample('GetInstance').Data as Record<string, unknown>
    return { ...data, AdminList: [{ ...(first(data.AdminList) as object), DeviceId: 4401, Level: '3' }] }
  }

  it('is in the type, and the rest of the shape is the type it was', () => {
    expectTypeOf<ShapeValue<typeof WITH_ADMINS>['AdminList'][number]['DeviceId']>().toEqualTypeOf<string>()
    expectTypeOf<ShapeValue<typeof WITH_ADMINS>['AdminList'][number]['SkillLevel']>().toEqualTypeOf<number | null>()
    expectTypeOf<Omit<ShapeValue<typeof WITH_ADMINS>, 'AdminList'>>().toEqualTypeOf<Omit<Instance, 'AdminList'>>()
  })

  it('is read by the normaliser, from either spelling, and output as the docs spell it', () => {
    const [admin] = readShape(raw(), WITH_ADMINS).AdminList
    expect(admin).toMatchObject({ DisplayName: '云呼测试1', DeviceId: '4401', SkillLevel: 3 })
    expect(admin).not.toHaveProperty('Level')
    // The shape without the field drops it, as it drops every field it does not name.
    expect(readShape(raw(), INSTANCE).AdminList[0]).not.toHaveProperty('DeviceId')
  })

  it('is in the snapshot schema and the JSON Schema made from it', () => {
    const schema = shapeSchema(WITH_ADMINS)
    const instance = readShape(raw(), WITH_ADMINS)
    expect(schema.parse(instance)).toEqual(instance)
    const { DeviceId: _gone, ...withoutDevice } = instance.AdminList[0]!
    expect(schema.safeParse({ ...instance, AdminList: [withoutDevice] }).success).toBe(false)
    expect(schema.safeParse({ ...instance, AdminList: [{ ...withoutDevice, DeviceId: 4401 }] }).success).toBe(false)
    const json = z.toJSONSchema(schema) as unknown as { properties: { AdminList: { items: { properties: object; required: string[] } } } }
    expect(json.properties.AdminList.items.properties).toHaveProperty('DeviceId', { type: 'string' })
    expect(json.properties.AdminList.items.required).toEqual(expect.arrayContaining(['DeviceId', 'SkillLevel']))
    expect(shapeSchema(INSTANCE).safeParse(readShape(raw(), INSTANCE)).success).toBe(true)
  })
})
