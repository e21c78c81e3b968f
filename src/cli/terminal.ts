/** Reading answers in a terminal (secrets without echoing them), or from a pipe. */
import { createInterface } from 'node:readline'
import { Writable } from 'node:stream'

function ask(question: string, hidden: boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    let muted = false
    // Echo the question, then (for a secret) swallow everything readline would echo of the answer.
    const output = new Writable({
      write(chunk: Buffer, _encoding, done) {
        if (!muted) process.stderr.write(chunk)
        done()
      }
    })
    const rl = createInterface({ input: process.stdin, output, terminal: true })
    rl.on('SIGINT', () => {
      rl.close()
      process.stderr.write('\n')
      // The raw terminal turned Ctrl-C into a keypress: handled as the signal it stands for, it
      // stops the command (status 130) as anywhere else. Raising the real signal would not do:
      // with stdin closed nothing keeps Node running until it arrives, and it would exit with 0.
      if (!process.emit('SIGINT', 'SIGINT')) reject(new Error('cancelled'))
    })
    rl.question(question, (answer) => {
      rl.close()
      if (hidden) process.stderr.write('\n')
      resolve(answer)
    })
    muted = hidden
  })
}

export const promptHidden = (question: string): Promise<string> => ask(question, true)

/** Asks with the answer echoed: for what is not secret but should stay out of the process arguments. */
export const prompt = (question: string): Promise<string> => ask(question, false)

export async function readAllStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}
