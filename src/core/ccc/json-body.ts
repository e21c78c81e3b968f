/**
 * How the client parses CCC's response bodies (pop-core takes it as `parse`, see patches/). CCC's
 * documented Longs can pass 2^53, where JSON.parse rounds them; json-bigint keeps them exact but
 * parses 3 to 4 times slower, and even a scan of the text for long digit runs costs about 0.3 ms
 * on a 400 KB body. So every body is parsed with JSON.parse, and the normaliser, which sees every
 * number the app keeps, says when it met an integer JSON.parse could not hold exactly: only then
 * is that body parsed again with json-bigint. The same values either way.
 */
import JSONbig from 'json-bigint'
import { CccError } from './errors'
import { checkEnvelopeObject } from './answer-check'

/**
 * json-bigint refuses, by default, any key that merely contains `__proto__` or `constructor`;
 * a field of that name (which the normaliser keeps or drops on its own rules) must not make the
 * exact reading fail. Its objects have no prototype, so nothing can be polluted.
 */
const exactParser = JSONbig({ protoAction: 'ignore', constructorAction: 'preserve' })

/** Thrown by the normaliser's readers on an integer beyond 2^53 that JSON.parse has rounded. */
export class InexactNumber extends Error {
  constructor() {
    super('An integer in the body is beyond what JSON.parse keeps exactly.')
    this.name = 'InexactNumber'
  }
}

/** True while a body is read again from json-bigint's parse, where a native number is as exact as it gets. */
let exactPass = false

/** The normaliser's check of every integer it keeps: throws InexactNumber where JSON.parse rounded. */
export function checkExact(value: number): number {
  if (!exactPass && Number.isInteger(value) && !Number.isSafeInteger(value)) throw new InexactNumber()
  return value
}

/** The text of each body parsed here, until the body itself is collected: for an exact re-parse. */
const texts = new WeakMap<object, string>()

export function parseCccBody(body: Buffer | string): unknown {
  const text = typeof body === 'string' ? body : body.toString('utf8')
  const parsed: unknown = JSON.parse(text)
  checkEnvelopeObject(parsed)
  texts.set(parsed as object, text)
  return parsed
}

/**
 * `read(body)`; where it meets an integer JSON.parse rounded, `read` of the same body parsed
 * exactly by json-bigint instead.
 */
export function readExactly<T>(body: object, read: (body: Record<string, unknown>) => T): T {
  try {
    return read(body as Record<string, unknown>)
  } catch (error) {
    const text = texts.get(body)
    if (!(error instanceof InexactNumber) || text === undefined) throw error
    let exact: Record<string, unknown>
    try {
      exact = exactParser.parse(text) as Record<string, unknown>
    } catch {
      throw new CccError({ code: 'Response.Malformed', message: 'CCC sent a response that json-bigint cannot read exactly.', kind: 'transient' })
    }
    exactPass = true
    try {
      return read(exact)
    } finally {
      exactPass = false
    }
  }
}
