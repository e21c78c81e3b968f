// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import ExportDialog from '@renderer/components/export/ExportDialog.vue'
import type { ExportFormat, ExportProgress, SnapshotExportResult } from '@shared/ipc/contract'
import type { AppError } from '@shared/result'
import type { Locale } from '@renderer/i18n'
import { mountWithI18n, settle } from '../mount'

afterEach(() => {
  document.body.innerHTML = ''
})

// 2026-11-24 00:00 and 03:40 in Shanghai.
const today = { startTime: Date.UTC(2026, 10, 23, 16), endTime: Date.UTC(2026, 10, 23, 19, 40) }

const base = {
  show: true,
  instanceId: 'ccc-demo',
  sessionInstanceIds: ['ccc-demo', 'ccc-large', 'ccc-night'],
  interval: { ...today, interval: 'Hourly' as const },
  trend: today,
  queueReport: null as typeof today | null,
  agentReport: null as typeof today | null,
  groupReportsTicked: true,
  runningLanguage: null as Locale | null,
  timeZone: 'Asia/Shanghai',
  offeredFormats: ['json', 'csv', 'xlsx', 'html'] as ExportFormat[],
  formats: ['json', 'csv', 'xlsx', 'html'] as ExportFormat[],
  running: false,
  progress: null as ExportProgress | null,
  result: null as SnapshotExportResult,
  error: null as AppError | null,
  cancelled: false
}

const $ = <T extends Element = HTMLElement>(testid: string): T | null => document.querySelector<T>(`[data-testid="${testid}"]`)
const startButton = (): HTMLButtonElement => $<HTMLButtonElement>('export-start')!

async function open(props: Partial<typeof base> = {}) {
  const wrapper = mountWithI18n(ExportDialog, { props: { ...base, ...props } })
  await settle()
  return wrapper
}

describe('ExportDialog', () => {
  it('says what is included, with the ranges in the instance\'s zone', async () => {
    await open()
    const included = $('export-included')!.textContent ?? ''
    expect(included).toContain('Instance details, administrators and phone numbers')
    expect(included).toContain('Live state')
    expect(included).toContain('Summary since midnight')
    expect($('export-included-interval')!.textContent).toContain('Hourly interval report, 2026-11-24 00:00 – 2026-11-24 03:40')
    expect($('export-included-trend')!.textContent).toContain('Trend report, 2026-11-24 00:00 – 2026-11-24 03:40')
  })

  // Yesterday in Shanghai, and the two days before today.
  const yesterday = { startTime: Date.UTC(2026, 10, 22, 16), endTime: Date.UTC(2026, 10, 23, 16) }
  const twoDays = { startTime: Date.UTC(2026, 10, 21, 16), endTime: Date.UTC(2026, 10, 23, 16) }

  it.each([
    ['en-US', 'Skill group report, 2026-11-23 00:00 – 2026-11-24 00:00', 'Agent report, 2026-11-22 00:00 – 2026-11-24 00:00'],
    ['zh-CN', '技能组报表，2026-11-23 00:00 – 2026-11-24 00:00', '坐席报表，2026-11-22 00:00 – 2026-11-24 00:00']
  ] as const)('in %s, offers the queue and agent reports with their ranges, each one the user may untick', async (locale, queue, agent) => {
    const wrapper = mountWithI18n(ExportDialog, { props: { ...base, interval: null, trend: null, queueReport: yesterday, agentReport: twoDays } }, locale)
    await settle()
    expect($('export-included-interval')).toBeNull()
    expect($('export-included-queueReport')!.textContent).toContain(queue)
    expect($('export-included-agentReport')!.textContent).toContain(agent)
    startButton().click()
    expect(wrapper.emitted('export')!.at(-1)).toEqual([['ccc-demo'], { queueReport: true, agentReport: true }, locale, 'words'])
    $('export-include-agentReport')!.click()
    await settle()
    startButton().click()
    expect(wrapper.emitted('export')!.at(-1)).toEqual([['ccc-demo'], { queueReport: true, agentReport: false }, locale, 'words'])
  })

  it('away from their pages, offers the queue and agent reports unticked, and holds one only when ticked', async () => {
    const wrapper = await open({ queueReport: today, agentReport: today, groupReportsTicked: false })
    expect($('export-included-queueReport')!.textContent).toContain('Skill group report, 2026-11-24 00:00 – 2026-11-24 03:40')
    expect($<HTMLElement>('export-include-queueReport')!.getAttribute('aria-checked')).toBe('false')
    startButton().click()
    expect(wrapper.emitted('export')!.at(-1)).toEqual([['ccc-demo'], { queueReport: false, agentReport: false }, 'en-US', 'words'])
    $('export-include-queueReport')!.click()
    await settle()
    startButton().click()
    expect(wrapper.emitted('export')!.at(-1)).toEqual([['ccc-demo'], { queueReport: true, agentReport: false }, 'en-US', 'words'])
  })

  it('opens again with the page\'s ticks, whatever was ticked when it closed', async () => {
    const wrapper = await open({ queueReport: today, agentReport: today, groupReportsTicked: false })
    $('export-include-queueReport')!.click()
    await settle()
    expect($('export-include-queueReport')!.getAttribute('aria-checked')).toBe('true')
    await wrapper.setProps({ show: false })
    await wrapper.setProps({ show: true })
    await settle()
    expect($('export-include-queueReport')!.getAttribute('aria-checked')).toBe('false')
    startButton().click()
    expect(wrapper.emitted('export')!.at(-1)).toEqual([['ccc-demo'], { queueReport: false, agentReport: false }, 'en-US', 'words'])
  })

  it.each([
    ['en-US', 'zh-CN', 'English'],
    ['zh-CN', 'en-US', '中文']
  ] as const)('in %s, writes the files in the app\'s language unless another is chosen, and says so while it runs', async (locale, other, own) => {
    const wrapper = mountWithI18n(ExportDialog, { props: base }, locale)
    await settle()
    expect($(`export-language-${locale}`)!.textContent).toContain(own)
    startButton().click()
    expect(wrapper.emitted('export')!.at(-1)![2]).toBe(locale)
    $(`export-language-${other}`)!.querySelector('input')!.click()
    await settle()
    startButton().click()
    expect(wrapper.emitted('export')!.at(-1)![2]).toBe(other)
    // A run under way shows its own language, whatever is picked.
    await wrapper.setProps({ running: true, runningLanguage: locale })
    await settle()
    expect($(`export-language-${locale}`)!.querySelector('input')!.checked).toBe(true)
  })

  it('writes CSV and XLSX for scripts only when asked, each time the dialog opens, and shows a run\'s own choice', async () => {
    const wrapper = await open()
    expect($('export-for-scripts')!.getAttribute('aria-checked')).toBe('false')
    $('export-for-scripts')!.click()
    await settle()
    startButton().click()
    expect(wrapper.emitted('export')!.at(-1)![3]).toBe('fields')
    await wrapper.setProps({ show: false })
    await wrapper.setProps({ show: true })
    await settle()
    expect($('export-for-scripts')!.getAttribute('aria-checked')).toBe('false')
    startButton().click()
    expect(wrapper.emitted('export')!.at(-1)![3]).toBe('words')
    await wrapper.setProps({ running: true, runningLanguage: 'en-US', runningHeaders: 'fields' })
    await settle()
    expect($('export-for-scripts')!.getAttribute('aria-checked')).toBe('true')
  })

  it('offers headers for scripts only with CSV or XLSX chosen, says why otherwise, and toggles from the keyboard', async () => {
    const wrapper = await open({ formats: ['json', 'html'] })
    const box = $<HTMLElement>('export-for-scripts')!
    expect(box.classList.contains('n-checkbox--disabled')).toBe(true)
    expect(document.getElementById(box.getAttribute('aria-describedby')!)!.textContent).toContain('Only CSV and XLSX files have headers to choose')
    startButton().click()
    expect(wrapper.emitted('export')!.at(-1)![3]).toBe('words')
    await wrapper.setProps({ formats: ['csv'] })
    await settle()
    expect(box.classList.contains('n-checkbox--disabled')).toBe(false)
    expect(document.getElementById(box.getAttribute('aria-describedby')!)!.textContent).toContain('documented field names')
    box.dispatchEvent(new KeyboardEvent('keyup', { key: ' ', code: 'Space', bubbles: true }))
    box.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', code: 'Space', bubbles: true }))
    await settle()
    expect(box.getAttribute('aria-checked')).toBe('true')
    startButton().click()
    expect(wrapper.emitted('export')!.at(-1)![3]).toBe('fields')
  })

  it('opened while a run is under way, shows the run\'s language, then the app\'s once it ends', async () => {
    const wrapper = await open()
    // Chosen for an earlier export, then the dialog closed.
    $('export-language-zh-CN')!.querySelector('input')!.click()
    await settle()
    await wrapper.setProps({ show: false })
    await wrapper.setProps({ show: true, running: true, runningLanguage: 'zh-CN' })
    await settle()
    expect($('export-language-zh-CN')!.querySelector('input')!.checked).toBe(true)
    await wrapper.setProps({ running: false, runningLanguage: null })
    await settle()
    expect($('export-language-en-US')!.querySelector('input')!.checked).toBe(true)
  })

  it('without the group reports offered, lists none of them', async () => {
    await open()
    expect($('export-included-queueReport')).toBeNull()
    expect($('export-included-agentReport')).toBeNull()
  })

  it('offers only the formats main can write', async () => {
    await open()
    expect($('export-format-json')).not.toBeNull()
    expect($('export-format-html')).not.toBeNull()
    expect($('export-format-pdf')).toBeNull()
    document.body.innerHTML = ''
    await open({ offeredFormats: ['json', 'csv', 'xlsx', 'html', 'pdf'] })
    expect($('export-format-pdf')?.textContent).toContain('PDF')
  })

  it('emits the formats as they are ticked, and cannot export with none', async () => {
    const wrapper = await open({ formats: ['json', 'xlsx'] })
    expect(startButton().disabled).toBe(false)
    $('export-format-json')!.click()
    expect(wrapper.emitted('update:formats')!.at(-1)).toEqual([['xlsx']])

    await wrapper.setProps({ formats: [] })
    expect(startButton().disabled).toBe(true)
    expect($('export-format-required')!.textContent).toBe('Choose at least one format.')
    // Enter does nothing either.
    $('export-dialog')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
    expect(wrapper.emitted('export')).toBeUndefined()
  })

  it('exports this instance or every instance of the session, on the button or on Enter', async () => {
    const wrapper = await open()
    expect($('export-scope-session')!.textContent).toContain('All 3 instances of this session')
    startButton().click()
    expect(wrapper.emitted('export')!.at(-1)).toEqual([['ccc-demo'], { queueReport: true, agentReport: true }, 'en-US', 'words'])

    $('export-scope-session')!.querySelector('input')!.click()
    await settle()
    $('export-dialog')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
    expect(wrapper.emitted('export')!.at(-1)).toEqual([['ccc-demo', 'ccc-large', 'ccc-night'], { queueReport: true, agentReport: true }, 'en-US', 'words'])
  })

  it('shows the progress and a Cancel while running; closing keeps it running', async () => {
    const wrapper = await open({
      running: true,
      progress: { instanceIndex: 1, instanceCount: 3, instanceId: 'ccc-large', phase: 'fetch', fraction: 0.42, cancelling: false }
    })
    expect($('export-progress-text')!.textContent).toContain('Instance 2 of 3 (ccc-large): fetching from CCC')
    expect($('export-progress')!.textContent).toContain('Closing this dialog does not stop the export')
    expect(startButton().disabled).toBe(true)
    expect($('export-close')).toBeNull()
    $('export-cancel')!.click()
    expect(wrapper.emitted('cancel')).toHaveLength(1)

    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true }))
    await settle()
    expect(wrapper.emitted('update:show')?.at(-1)).toEqual([false])
    expect(wrapper.emitted('cancel')).toHaveLength(1)

    await wrapper.setProps({ progress: { instanceIndex: 1, instanceCount: 3, instanceId: 'ccc-large', phase: 'write', fraction: 0.5, cancelling: true } })
    expect($('export-progress-text')!.textContent).toContain('Cancelling')
    expect($<HTMLButtonElement>('export-cancel')!.disabled).toBe(true)
  })

  it.each([
    ['en-US', 'An earlier export into this folder was interrupted before it finished (ccc-ccc-demo-20261124-0340)'],
    ['zh-CN', '此文件夹中先前有一次导出未完成就被中断（ccc-ccc-demo-20261124-0340）']
  ] as const)('in %s, says when an interrupted earlier export was cleared from the folder', async (locale, text) => {
    const result = { folder: '/home/s/reports', files: ['/home/s/reports/ccc-ccc-demo-20261124-0340-2.json'], snapshots: [] }
    const wrapper = mountWithI18n(ExportDialog, { props: { ...base, result: { ...result, interrupted: [{ stem: 'ccc-ccc-demo-20261124-0340', removed: 3 }] } } }, locale)
    await settle()
    expect($('export-interrupted')!.textContent).toContain(text)
    await wrapper.setProps({ result })
    await settle()
    expect($('export-result')).not.toBeNull()
    expect($('export-interrupted')).toBeNull()
  })

  it('shows where the files went, a cancel as a notice, and an error with its code', async () => {
    const wrapper = await open({
      result: { folder: '/home/s/reports', files: ['/home/s/reports/ccc-ccc-demo-20261124-0340.json', '/home/s/reports/ccc-ccc-demo-20261124-0340.xlsx'], snapshots: [] }
    })
    expect($('export-folder')!.textContent).toBe('/home/s/reports')
    expect([...document.querySelectorAll('[data-testid="export-file"]')].map((li) => li.textContent?.trim())).toEqual([
      'ccc-ccc-demo-20261124-0340.json',
      'ccc-ccc-demo-20261124-0340.xlsx'
    ])

    await wrapper.setProps({ result: null, cancelled: true })
    expect($('export-cancelled')!.textContent).toContain('Export cancelled; no files were kept.')
    expect($('error-notice')).toBeNull()

    await wrapper.setProps({ cancelled: false, error: { code: 'Export.Unwritable', message: 'Cannot write to /mnt/usb.' } })
    expect($('error-code')!.textContent).toBe('Export.Unwritable')
    expect($('error-message')!.textContent).toContain('Cannot write to /mnt/usb.')
  })

  it('speaks Chinese', async () => {
    mountWithI18n(ExportDialog, { props: base }, 'zh-CN')
    await settle()
    expect($('export-dialog')!.textContent).toContain('导出快照')
    expect($('export-scope-session')!.textContent).toContain('本会话的全部 3 个实例')
  })
})
