/**
 * The alert's chime: two short tones made with Web Audio, so there is no sound file to ship or
 * load. Browsers start audio only after a user's gesture on the page: `prime` is called from the
 * click that turns the sound on (and from the wallboard's controls), `play` from an alert.
 */
let context: AudioContext | null = null

function audio(): AudioContext | null {
  if (context) return context
  const Context = typeof AudioContext === 'undefined' ? null : AudioContext
  if (!Context) return null
  try {
    context = new Context()
  } catch {
    return null
  }
  return context
}

/** Readies the audio on a user's gesture, so a later alert may sound. */
export function primeAlertSound(): void {
  void audio()?.resume().catch(() => {})
}

/** Plays the chime; true when audio was ready to play it. */
export function playAlertSound(): boolean {
  const ctx = audio()
  if (!ctx || ctx.state !== 'running') return false
  const start = ctx.currentTime + 0.01
  for (const [offset, frequency] of [
    [0, 880],
    [0.18, 660]
  ] as const) {
    const tone = ctx.createOscillator()
    const gain = ctx.createGain()
    tone.frequency.value = frequency
    // A soft attack and release: no click at either end.
    gain.gain.setValueAtTime(0, start + offset)
    gain.gain.linearRampToValueAtTime(0.2, start + offset + 0.02)
    gain.gain.linearRampToValueAtTime(0, start + offset + 0.16)
    tone.connect(gain).connect(ctx.destination)
    tone.start(start + offset)
    tone.stop(start + offset + 0.17)
  }
  return true
}
