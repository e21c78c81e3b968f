/**
 * End to end in Chromium: the profiles page on a first launch, form validation, and a keychain
 * profile added, tested, used and removed — main's real handlers, a real gnome-keyring and the
 * simulator behind the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_CREDENTIALS } from '../../src/simulator'
import { e2eReady, startConsole, type Console } from './harness'

let app: Console

describe.runIf(e2eReady)('profiles in the browser', () => {
  beforeAll(async () => {
    app = await startConsole()
  }, 60_000)
  afterAll(() => app?.close())

  it('lands a first launch on #/profiles with the demo offered', async () => {
    await app.open('#/')
    const { page } = app
    await page.getByTestId('profiles-view').waitFor()
    expect(new URL(page.url()).hash).toBe('#/profiles')
    await page.getByTestId('demo-start').waitFor()
    await app.screenshot('profiles-first-launch')
  })

  it('validates the profile form before anything is sent', async () => {
    const { page } = app
    const before = app.host.calls.filter((c) => c === 'saveProfile').length
    await page.getByTestId('profile-add').first().click()
    await page.getByTestId('profile-form').waitFor()
    await page.getByTestId('profile-save').click()
    // Name, AccessKey ID, secret and instances are required (the messages fade in).
    await page.getByTestId('form-error').nth(3).waitFor()
    const messages = await page.getByTestId('form-error').allInnerTexts()
    expect(messages.join('\n')).toMatch(/name[\s\S]*AccessKey ID[\s\S]*secret[\s\S]*instance ID/i)
    await page.getByTestId('profile-instances').fill('ccc/demo')
    await page.getByTestId('profile-instances').press('Enter')
    await page.getByTestId('profile-save').click()
    await page.getByTestId('form-error').filter({ hasText: 'ccc/demo' }).waitFor()
    expect(app.host.calls.filter((c) => c === 'saveProfile').length).toBe(before)
    await app.screenshot('profiles-form-validation')
  })

  it('saves a keychain profile, tests it, switches to it and removes it; the secret never shows', async () => {
    const { page } = app
    // Start from a clean form.
    await page.getByTestId('profile-cancel').click()
    await page.getByTestId('profile-add').first().click()
    await page.getByTestId('profile-name').fill('Shanghai ops')
    await page.getByTestId('profile-access-key-id').fill(DEMO_CREDENTIALS.accessKeyId)
    await page.getByTestId('profile-secret').fill(DEMO_CREDENTIALS.accessKeySecret)
    await page.getByTestId('profile-endpoint').fill(app.sim.url)
    for (const id of ['ccc-demo', 'ccc-large']) {
      await page.getByTestId('profile-instances').fill(id)
      await page.getByTestId('profile-instances').press('Enter')
    }
    await page.getByTestId('profile-save').click()
    const row = page.locator('[data-testid="profile-row"][data-profile-name="Shanghai ops"]')
    await row.waitFor()
    expect(await row.innerText()).toMatch(/LTAI\*{4}/)

    // Stored in the keychain: the main side can resolve it, the page never held it after saving.
    const [saved] = (await app.services.profiles.list()).filter((p) => p.name === 'Shanghai ops')
    expect((await app.services.profiles.resolve(saved?.id ?? '')).credentials.accessKeySecret).toBe(DEMO_CREDENTIALS.accessKeySecret)
    const html = await page.content()
    expect(html).not.toContain(DEMO_CREDENTIALS.accessKeySecret)
    expect(html).not.toContain(DEMO_CREDENTIALS.accessKeyId)

    await row.getByTestId('profile-test').click()
    const result = page.getByTestId('connection-test-result')
    await result.waitFor()
    await page.locator('[data-testid="connection-test-instance"][data-ok="true"]').first().waitFor()
    expect(await page.locator('[data-testid="connection-test-instance"][data-ok="true"]').count()).toBe(2)
    await app.screenshot('profiles-tested')

    await row.getByTestId('profile-activate').click()
    await page.getByTestId('overview-view').waitFor()
    expect(new URL(page.url()).hash).toBe('#/instances/ccc-demo/overview')
    expect((await app.services.sessions.session()).info.profileName).toBe('Shanghai ops')

    await page.getByTestId('nav-profiles').click()
    await page.locator('[data-testid="profile-row"][data-profile-name="Shanghai ops"]').getByTestId('profile-delete').click()
    await page.getByTestId('profile-delete-confirm').click()
    await row.waitFor({ state: 'detached' })
    expect(await app.services.profiles.list()).toEqual([])
    expect(app.pageErrors).toEqual([])
  })
})
