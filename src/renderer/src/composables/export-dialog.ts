/**
 * What every instance page does to offer an export: open the dialog with the page's ranges, start
 * and cancel through the store, and tell the user how a run ended if the dialog was closed meanwhile.
 */
import { useMessage } from 'naive-ui'
import { computed, ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { ExportHeaders } from '@shared/export-formats'
import type { ExportFormat } from '@shared/ipc/contract'
import type { Locale } from '../i18n'
import { chosenRanges, type ExportRanges, type GroupReportChoice } from '../model/export-choice'
import { useSessionStore } from '../stores/session'
import { useSnapshotExportStore } from '../stores/snapshot-export'
import { useMenuCommand } from './menu-commands'

/** The overview's and the wallboard's ranges, today so far; the date code behind them loads on first use. */
export async function todayExportRanges(instanceZone: string): Promise<ExportRanges> {
  return (await import('../model/export-ranges')).todayRanges(Date.now(), instanceZone)
}

export function useExportDialog(instanceId: Ref<string>, ranges: () => ExportRanges | Promise<ExportRanges>) {
  const { t } = useI18n()
  const message = useMessage()
  const store = useSnapshotExportStore()
  const session = useSessionStore()

  const show = ref(false)
  /** Mounted from the first open on, so closing it still plays the modal's leave transition. */
  const mounted = ref(false)
  /** Fixed when the dialog opens, so what it describes is exactly what gets exported. */
  const chosen = ref<ExportRanges>({ interval: null, trend: null, queueReport: null, agentReport: null, groupReportsTicked: false })

  async function open(): Promise<void> {
    // While a run is under way the dialog shows it (from its request) and keeps its outcome; what
    // this page offers is read on every open, so the dialog is ready when that run ends.
    if (!store.exporting) store.clearOutcome()
    chosen.value = await ranges()
    void store.loadFormats()
    void session.ensureLoaded()
    mounted.value = true
    show.value = true
  }

  // File > Export… in the app's menu opens this page's dialog, as its own button does.
  useMenuCommand('export', () => void open())

  async function start(instanceIds: string[], reports: GroupReportChoice, language: Locale, headers: ExportHeaders = 'words'): Promise<void> {
    const result = await store.start({
      // No zone: each instance's files are in the zone it keeps its days in.
      instanceIds,
      formats: store.formats,
      ...chosenRanges(chosen.value, reports),
      language,
      headers
    })
    // An open dialog shows the outcome itself.
    if (show.value) return
    if (result) {
      message.success(t('exportDialog.saved', { count: result.files.length, folder: result.folder }))
      if (result.interrupted?.length) message.info(t('exportDialog.interrupted', { sets: result.interrupted.map((set) => set.stem).join(', ') }))
    }
    else if (store.cancelled) message.info(t('exportDialog.cancelled'))
    // A failure needs its code and message in front of the user: bring the dialog back.
    else if (store.error) {
      mounted.value = true
      show.value = true
    }
  }

  /** The dialog's props: while a run is under way it describes that run, wherever it was started. */
  const props = computed(() => {
    const running = store.exporting ? store.request : null
    return {
      show: show.value,
      instanceId: running?.instanceIds.length === 1 ? running.instanceIds[0]! : instanceId.value,
      sessionInstanceIds: session.instanceIds,
      interval: running ? running.interval : chosen.value.interval,
      trend: running ? running.trend : chosen.value.trend,
      queueReport: running ? (running.queueReport ?? null) : chosen.value.queueReport,
      agentReport: running ? (running.agentReport ?? null) : chosen.value.agentReport,
      groupReportsTicked: chosen.value.groupReportsTicked,
      runningLanguage: running ? (running.language ?? 'en-US') : null,
      runningHeaders: running ? (running.headers ?? 'words') : null,
      timeZone: session.timeZoneOf(running?.instanceIds.length === 1 ? running.instanceIds[0]! : instanceId.value),
      offeredFormats: store.offeredFormats,
      formats: store.formats,
      running: store.exporting,
      progress: store.progress,
      result: store.lastResult,
      error: store.error,
      cancelled: store.cancelled
    }
  })

  /** The page's button: the share done while a run is under way, so a closed dialog still shows it. */
  const buttonText = computed(() =>
    store.exporting
      ? t('exportDialog.exporting', { percent: Math.round((store.progress?.fraction ?? 0) * 100) })
      : t('exportDialog.open')
  )

  return {
    show,
    mounted,
    props,
    running: computed(() => store.exporting),
    buttonText,
    open,
    start,
    cancel: (): void => void store.cancel(),
    setShow: (value: boolean): void => void (show.value = value),
    setFormats: (formats: ExportFormat[]): void => store.setFormats(formats)
  }
}

/** What a page hands to PageExportDialog. */
export type ExportDialogControl = ReturnType<typeof useExportDialog>
