/**
 * Export formats, the snapshot size limit and the version the reports came in, zod-free: the renderer needs these values, and
 * importing them from the contract would ship zod to the page (~85 KB) for a few constants.
 */
export const EXPORT_FORMATS = ['json', 'csv', 'xlsx', 'html', 'pdf'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** Largest snapshot text accepted from a drop: a 600-number instance with 180 days is ~2 MB. */
export const MAX_SNAPSHOT_TEXT = 32 * 1024 * 1024

/** The first snapshot version that holds the queue and agent reports: an older file could not. */
export const SNAPSHOT_REPORTS_SINCE = 3

/**
 * What a CSV or XLSX file's headers and values are: `words`, for people, the columns' labels in the
 * file's language, enums as words and (CSV) rates and durations as the app shows them; `fields`,
 * for scripts, the documented field names and the values as CCC sent them.
 */
export const EXPORT_HEADERS = ['words', 'fields'] as const
export type ExportHeaders = (typeof EXPORT_HEADERS)[number]
