// Preloaded (`node --import`) into a child process a spec measures: writes the process's peak
// resident set size, in KiB, to the file named by CCC_TEST_MAX_RSS_FILE as it exits.
import { writeFileSync } from 'node:fs'

process.on('exit', () => {
  const file = process.env.CCC_TEST_MAX_RSS_FILE
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS))
})
