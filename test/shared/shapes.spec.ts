/**
 * Each CCC response is written once, as field specs: the type, the snapshot's schema and the
 * normaliser all come from them. A field added to a spec therefore shows up in all three, and a
 * spec names the documented fields, spelled as the docs spell them.
 */
import { describe, expect, expectTypeOf, it } from 'vitest'
import { z } from 'zod'
import { readShape } from '../../src/core/ccc/normalise'
import {
  AGENT_STATE,
  AGENT_STATES_PAGE,
  BREAK_CODE_COUNT,
  INSTANCE,
  PHONE_NUMBER,
  SKILL_GROUP,
  SKILL_GROUP_LIST_ITEM,
  SKILL_GROUP_STATE,
  SKILL_GROUP_STATES_PAGE,
  SKILL_GROUPS_PAGE,
  USER,
  type ShapeValue
} from '../../src/shared/ccc/shapes'
import type { Instance } from '../../src/shared/ccc/types'
import { shapeSchema } from '../../src/shared/snapshot'
import { docExample, listExample } from '../fixtures/doc-examples'

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

describe('the list shapes of skill groups and agents', () => {
  const listOf = (action: Parameters<typeof listExample>[0]) => listExample(action).Data as Record<string, unknown>

  it('name exactly the fields the SDK models name, spelled as they spell them', () => {
    expect(keys(SKILL_GROUP_STATE.fields)).toEqual(keys(first(listOf('ListRealtimeSkillGroupStates').List)))
    expect(keys(BREAK_CODE_COUNT.fields)).toEqual(keys(first((first(listOf('ListRealtimeSkillGroupStates').List) as Record<string, unknown>).BreakCodeDetailList)))
    expect(keys(AGENT_STATE.fields)).toEqual(keys(first(listOf('ListRealtimeAgentStates').List)))
    expect(keys(SKILL_GROUP_LIST_ITEM.fields)).toEqual(keys(first(listOf('ListSkillGroups').List)))
    for (const action of ['ListRealtimeSkillGroupStates', 'ListRealtimeAgentStates', 'ListSkillGroups'] as const) {
      expect(keys(SKILL_GROUPS_PAGE.fields)).toEqual(keys(listOf(action)))
    }
  })

  it('read quoted numbers as numbers, a list of groups as texts, and keep an agent without StateTime', () => {
    const page = readShape(listOf('ListRealtimeAgentStates'), AGENT_STATES_PAGE)
    expect(page).toMatchObject({ PageNumber: 1, PageSize: 10, TotalCount: 1 })
    expect(page.List[0]).toMatchObject({ State: 'Talking', StateTime: 1696670640774, OutboundScenario: false, SkillGroupIdList: ['skillgroup@ccc-test'] })
    const [agent] = readShape({ List: [{ AgentId: 'a@ccc-test', SkillGroupIdList: '["g1@ccc-test","g2@ccc-test"]' }] }, AGENT_STATES_PAGE).List
    expect(agent).toMatchObject({ AgentId: 'a@ccc-test', StateTime: null, SkillGroupIdList: ['g1@ccc-test', 'g2@ccc-test'] })
    expect(readShape({ List: [{ SkillGroupIdList: [{ nested: 1 }, 'g@x', 7] }] }, AGENT_STATES_PAGE).List[0]!.SkillGroupIdList).toEqual(['g@x', '7'])
    const groups = readShape(listOf('ListRealtimeSkillGroupStates'), SKILL_GROUP_STATES_PAGE)
    expect(groups.List[0]).toMatchObject({ WaitingCalls: 3, LongestWaitingTime: 46, BreakCodeDetailList: [{ BreakCode: 'Lunch', Count: 1 }] })
  })

  it("are in the snapshot schema, an agent's groups as a list of texts", () => {
    const page = readShape(listOf('ListRealtimeAgentStates'), AGENT_STATES_PAGE)
    expect(shapeSchema(AGENT_STATES_PAGE).parse(page)).toEqual(page)
    expect(shapeSchema(AGENT_STATE).safeParse({ ...page.List[0], SkillGroupIdList: 'g@x' }).success).toBe(false)
    const json = z.toJSONSchema(shapeSchema(AGENT_STATE)) as unknown as { properties: Record<string, unknown> }
    expect(json.properties.SkillGroupIdList).toEqual({ type: 'array', items: { type: 'string' } })
    expectTypeOf<ShapeValue<typeof AGENT_STATE>['SkillGroupNameList']>().toEqualTypeOf<string[]>()
  })
})
