/** The report pages' route names: a switch of instance keeps the user on the same report. */
export const REPORT_PAGES = ['interval-report', 'trend-report'] as const
export type ReportPage = (typeof REPORT_PAGES)[number]
