// @vitest-environment happy-dom
/** The confirmation before what cannot be undone stays open, its button busy, until the action has run. */
import { afterEach, describe, expect, it } from 'vitest'
import ConfirmDialog from '@renderer/components/common/ConfirmDialog.vue'
import { deferred } from '../fake-bridge'
import { mountWithI18n, settle } from '../mount'

afterEach(() => {
  document.body.innerHTML = ''
})

describe('the confirmation dialog', () => {
  it('closes only once the confirmed action has finished', async () => {
    const action = deferred<void>()
    let runs = 0
    const wrapper = mountWithI18n(ConfirmDialog, {
      props: {
        show: true,
        title: 'Forget the history?',
        content: 'Remove every day kept?',
        confirmText: 'Forget',
        testId: 'dialog',
        confirmTestId: 'dialog-confirm',
        onConfirm: () => {
          runs++
          return action.promise
        }
      }
    })
    await settle()
    expect(document.querySelector('[data-testid="dialog"]')?.textContent).toContain('Remove every day kept?')
    ;(document.querySelector('[data-testid="dialog-confirm"]') as HTMLButtonElement).click()
    await settle()
    expect(runs).toBe(1)
    // Still asking while the action runs: closing now would hide a failure behind a closed dialog.
    expect(wrapper.emitted('update:show')).toBeUndefined()
    action.resolve()
    await settle()
    expect(wrapper.emitted('update:show')).toEqual([[false]])
  })
})
