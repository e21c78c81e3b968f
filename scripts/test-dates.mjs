#!/usr/bin/env node
/**
 * `npm run test:dates`: the date-sensitive specs under pinned clocks (CCC_TEST_NOW, which the specs'
 * own clock injection reads) and machine time zones (TZ), every clock in every zone. A spec that
 * depends on today's date or the machine's zone fails here on one of the awkward days below
 * instead of in CI on that day. Needs the build (`npm run build`) for the CLI binary and the E2E page.
 * `node scripts/test-dates.mjs SPEC…` sweeps only those of the specs below (a browser spec still on
 * every clock, the zones in turn).
 */
import { spawn } from 'node:child_process'
import { availableParallelism } from 'node:os'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

const ROOT = join(import.meta.dirname, '..')

const CLOCKS = [
  ['a month end, ten minutes before midnight in Shanghai', '2026-11-30T23:50:00+08:00'],
  ['London spring-forward day, just after midnight (before its first slot ends)', '2027-03-28T00:10:00+00:00'],
  ['the morning after London\'s spring-forward (yesterday had 23 hours)', '2027-03-29T09:00:00+01:00'],
  ['the morning after London\'s fall-back (yesterday had 25 hours)', '2026-10-26T09:00:00+00:00'],
  ['New Year\'s Eve, 23:30 in Shanghai', '2026-12-31T23:30:00+08:00'],
  ['29 February 2028, noon in Shanghai', '2028-02-29T12:00:00+08:00'],
  ['a Sunday morning in Shanghai', '2027-06-13T10:00:00+08:00']
]
const ZONES = ['Asia/Shanghai', 'Europe/London', 'America/Los_Angeles']

/** The simulator's data, report presets and ranges, totals, the summary, the CLI's ranges, lists and exports, the skill-group and agent reports. */
const ALL_SPECS = [
  'test/simulator/data-pinned.spec.ts',
  'test/shared/report-range-pinned.spec.ts',
  'test/core/ccc/totals-vs-daily.spec.ts',
  'test/core/ccc/client.spec.ts',
  'test/core/export/export.spec.ts',
  'test/cli/cli.spec.ts',
  'test/cli/cli-snapshot.spec.ts',
  'test/cli/cli-queues.spec.ts',
  'test/simulator/group-agent-reports.spec.ts',
  'test/core/ccc/group-agent-client.spec.ts',
  'test/cli/cli-reports-groups-agents.spec.ts',
  'test/core/history/recording.spec.ts',
  'test/core/history/history-store.spec.ts',
  'test/shared/history/day-curves.spec.ts',
  'test/renderer/model/today-panels.spec.ts'
]
/** The report pages in Chromium: every clock, the zones taken in turn (a browser run costs ~15 s). */
const ALL_E2E_SPECS = ['test/e2e/reports.spec.ts']

const asked = process.argv.slice(2)
const unknown = asked.filter((spec) => !ALL_SPECS.includes(spec) && !ALL_E2E_SPECS.includes(spec))
if (unknown.length > 0) {
  console.error(`test:dates: not a date-sensitive spec: ${unknown.join(', ')}. The specs are:\n  ${[...ALL_SPECS, ...ALL_E2E_SPECS].join('\n  ')}`)
  process.exit(2)
}
const SPECS = asked.length === 0 ? ALL_SPECS : ALL_SPECS.filter((spec) => asked.includes(spec))
const E2E_SPECS = asked.length === 0 ? ALL_E2E_SPECS : ALL_E2E_SPECS.filter((spec) => asked.includes(spec))

for (const built of ['out/main/cli.js', ...(E2E_SPECS.length > 0 ? ['out/web/index.html'] : [])]) {
  if (!existsSync(join(ROOT, built))) {
    console.error(`test:dates: ${built} is missing; run \`npm run build\` first.`)
    process.exit(2)
  }
}

const vitest = join(ROOT, 'node_modules/vitest/vitest.mjs')

/** One vitest run on one clock in one zone; resolves with its output once it ends. */
function run(now, zone, specs) {
  return new Promise((resolve) => {
    const started = performance.now()
    const child = spawn(process.execPath, [vitest, 'run', '--reporter=dot', ...specs], {
      cwd: ROOT,
      env: { ...process.env, CCC_TEST_NOW: now, TZ: zone },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('close', (code) => resolve({ ok: code === 0, output, seconds: (performance.now() - started) / 1000 }))
  })
}

const jobs = CLOCKS.flatMap(([label, now], index) =>
  ZONES.map((zone, zoneIndex) => ({ label, now, zone, e2e: E2E_SPECS.length > 0 && zoneIndex === index % ZONES.length }))
)
const results = []
// vitest gives one worker to a run on a small machine: two runs side by side keep both cores busy.
const lanes = Math.max(1, Math.min(2, availableParallelism()))
let next = 0
await Promise.all(
  Array.from({ length: lanes }, async () => {
    while (next < jobs.length) {
      const job = jobs[next++]
      const specs = job.e2e ? [...SPECS, ...E2E_SPECS] : SPECS
      if (specs.length === 0) continue
      const result = await run(job.now, job.zone, specs)
      results.push(result)
      const browser = job.e2e ? ' +E2E' : '     '
      console.log(`${result.ok ? 'pass' : 'FAIL'}  ${job.now}  TZ=${job.zone.padEnd(19)}${browser} ${result.seconds.toFixed(0).padStart(3)} s  ${job.label}`)
      if (!result.ok) process.stdout.write(`${result.output}\n`)
    }
  })
)
const failed = results.filter((r) => !r.ok)
console.log(`test:dates: ${results.length - failed.length} of ${results.length} clock and zone runs passed.`)
process.exit(failed.length === 0 ? 0 : 1)
