// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import ImportPanel from '@renderer/components/profiles/ImportPanel.vue'
import type { ImportReport } from '@shared/profiles'
import { mountWithI18n } from '../mount'

afterEach(() => {
  document.body.innerHTML = ''
})

// As core sends it: the code and its parameters, with the en-US text as `reason`.
const REPORT: ImportReport = {
  imported: [],
  skipped: [
    { name: 'ops-role', mode: 'RamRoleArn', code: 'Mode.RamRoleArn', reason: 'it assumes a RAM role through STS at run time, which CCC Supervisor does not do; import the underlying AK profile or add a profile for a RAM user' },
    { name: 'odd', mode: 'Quantum', code: 'UnknownMode', params: { mode: 'Quantum' }, reason: 'the "Quantum" mode is not one CCC Supervisor knows' },
    { name: 'newer', mode: 'Future', reason: 'a reason from a newer core' }
  ]
}

// The reasons' words load with the first report that skips something.
async function reasons(wrapper: ReturnType<typeof mountWithI18n>): Promise<string[]> {
  await vi.dynamicImportSettled()
  await wrapper.vm.$nextTick()
  return wrapper.findAll('[data-testid="import-skipped"]').map((li) => li.text())
}

describe('ImportPanel', () => {
  it("says why each profile was skipped in the page's language, from the reason's code", async () => {
    const zh = await reasons(mountWithI18n(ImportPanel, { props: { report: REPORT } }, 'zh-CN'))
    expect(zh[0]).toContain('它在运行时通过 STS 扮演 RAM 角色')
    expect(zh[0]).not.toContain('assumes')
    expect(zh[1]).toContain('CCC Supervisor 不认识“Quantum”模式')
    // A code this build does not know: core's own words, not nothing.
    expect(zh[2]).toContain('a reason from a newer core')
  })

  it('says the same reasons in en-US', async () => {
    const en = await reasons(mountWithI18n(ImportPanel, { props: { report: REPORT } }))
    expect(en[0]).toContain('it assumes a RAM role through STS at run time')
    expect(en[1]).toContain('the "Quantum" mode is not one CCC Supervisor knows')
  })
})
