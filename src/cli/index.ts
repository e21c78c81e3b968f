#!/usr/bin/env node
/** Entry of the `ccc-supervisor` command. */
import { runCli, STOP_SIGNALS, type StopSignal } from './run'
import { prompt, promptHidden, readAllStdin } from './terminal'
import { cliTexts } from './cli-texts'
import { cliLocale } from './error-text'

// One SIGINT or SIGTERM stops any command (a cron job's `timeout`, systemd's single SIGTERM);
// a second one, while the first is still cleaning up, exits at once.
const stop = new AbortController()
for (const name of Object.keys(STOP_SIGNALS) as StopSignal[]) {
  process.on(name, () => {
    if (stop.signal.aborted) process.exit(STOP_SIGNALS[name])
    stop.abort(name)
  })
}

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  signal: stop.signal,
  interactive: process.stderr.isTTY === true,
  readStdin: readAllStdin,
  ...(process.stdin.isTTY ? { promptHidden, prompt } : {})
}).then(
  // Exit once stdout is flushed: pop-core's keep-alive sockets would hold a finished command open.
  (code) => process.stdout.write('', () => process.exit(code)),
  () => {
    const args = process.argv.slice(2)
    const lang = args.includes('--lang') ? args[args.indexOf('--lang') + 1] : undefined
    process.stderr.write(`${cliTexts(cliLocale(lang, process.env))('unexpected')}\n`)
    process.exit(1)
  }
)
