// @vitest-environment happy-dom
/**
 * Values typed by people or returned by the API are text, never markup: an admin called
 * <img src=x onerror=alert(1)> shows those characters and adds no element to the page.
 */
import { afterEach, describe, expect, it } from 'vitest'
import AdminTable from '@renderer/components/tables/AdminTable.vue'
import ConnectionTestResult from '@renderer/components/profiles/ConnectionTestResult.vue'
import ErrorNotice from '@renderer/components/common/ErrorNotice.vue'
import ImportPanel from '@renderer/components/profiles/ImportPanel.vue'
import InstanceDetails from '@renderer/components/instance/InstanceDetails.vue'
import NumberTable from '@renderer/components/tables/NumberTable.vue'
import ProfileList from '@renderer/components/profiles/ProfileList.vue'
import StaleMark from '@renderer/components/common/StaleMark.vue'
import SummaryPanel from '@renderer/components/realtime/SummaryPanel.vue'
import { admin, instance, phoneNumber, profile, summary } from '../fake-bridge'
import { mountWithI18n, settle } from '../mount'

const EVIL = '<img src=x onerror=alert(1)>'
const EVIL_SCRIPT = '<script>window.__pwned = true</script>'

afterEach(() => {
  document.body.innerHTML = ''
})

function expectInert(wrapper: ReturnType<typeof mountWithI18n>): void {
  expect(wrapper.find('img').exists()).toBe(false)
  expect(wrapper.find('script').exists()).toBe(false)
  expect(document.querySelector('img[src="x"]')).toBeNull()
  expect(wrapper.text()).toContain(EVIL)
}

describe('values are shown as text', () => {
  it('in the administrators table', async () => {
    const wrapper = mountWithI18n(AdminTable, { props: { admins: [admin({ DisplayName: EVIL, Email: EVIL_SCRIPT })] } })
    await settle()
    expectInert(wrapper)
    expect(wrapper.text()).toContain(EVIL_SCRIPT)
  })

  it('in the numbers table, skill groups included', async () => {
    const group = { Description: '', DisplayName: EVIL, InstanceId: 'a', Name: 'x', PhoneNumberCount: 1, SkillGroupId: 'sg', UserCount: 1 }
    const wrapper = mountWithI18n(NumberTable, { props: { numbers: [phoneNumber({ City: EVIL, SkillGroups: [group] })] } })
    await settle()
    expectInert(wrapper)
  })

  it('in the instance details', () => {
    const wrapper = mountWithI18n(InstanceDetails, { props: { instance: instance('ccc-a', { Name: EVIL, Description: EVIL_SCRIPT }) } })
    expectInert(wrapper)
    expect(wrapper.get('[data-testid="instance-name"]').text()).toBe(EVIL)
  })

  it('in error notices and the stale mark', () => {
    const error = { code: EVIL, message: EVIL_SCRIPT, requestId: EVIL }
    expectInert(mountWithI18n(ErrorNotice, { props: { title: 'Failed', error } }))
    expectInert(mountWithI18n(StaleMark, { props: { error, since: Date.now() } }))
  })

  it('in profile names, connection tests and import reports', () => {
    expectInert(mountWithI18n(ProfileList, { props: { profiles: [profile({ name: EVIL })] } }))
    expectInert(
      mountWithI18n(ConnectionTestResult, {
        props: {
          running: false,
          error: null,
          result: { profileId: 'p', instances: [{ instanceId: 'ccc-a', ok: true, name: EVIL, status: 'RUNNING', latencyMs: 3 }] }
        }
      })
    )
    expectInert(
      mountWithI18n(ImportPanel, { props: { report: { imported: [], skipped: [{ name: EVIL, mode: 'AK', reason: EVIL_SCRIPT }] } } })
    )
  })

  it('in the summary timestamp', () => {
    const wrapper = mountWithI18n(SummaryPanel, { props: { summary: { ...summary('ccc-a'), Timestamp: EVIL } } })
    expectInert(wrapper)
  })
})
