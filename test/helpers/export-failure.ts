import { ExportError } from '../../src/core/export/errors'

/** The ExportError a promise rejects with; anything else, or no rejection, fails the spec. */
export async function exportFailure(promise: Promise<unknown>): Promise<ExportError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof ExportError) return error
    throw error
  }
  throw new Error('expected the export to fail')
}
