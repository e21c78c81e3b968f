/** Copies text for the user; answers an error message instead of throwing. */
export async function copyText(text: string): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    if (typeof navigator === 'undefined' || !navigator.clipboard) throw new Error('navigator.clipboard is not available')
    await navigator.clipboard.writeText(text)
    return { ok: true }
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) }
  }
}
