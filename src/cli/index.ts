#!/usr/bin/env node
/** Entry of the `ccc-supervisor` command. */
import { runCli } from './run'
import { promptHidden, readAllStdin } from './terminal'

const stopped = new Promise<void>((resolve) => {
  process.once('SIGINT', () => resolve())
  process.once('SIGTERM', () => resolve())
})

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  untilStopped: () => stopped,
  interactive: process.stderr.isTTY === true,
  readStdin: readAllStdin,
  ...(process.stdin.isTTY ? { promptHidden } : {})
}).then(
  // Exit once stdout is flushed: pop-core's keep-alive sockets would hold a finished command open.
  (code) => process.stdout.write('', () => process.exit(code)),
  () => {
    process.stderr.write('error: an unexpected error occurred.\n')
    process.exit(1)
  }
)
