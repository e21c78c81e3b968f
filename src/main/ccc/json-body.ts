/**
 * How the client parses CCC's response bodies (pop-core takes it as `parse`, see patches/). CCC's
 * documented Longs can pass 2^53, where JSON.parse would round them; json-bigint keeps them exact
 * but parses 3 to 4 times slower, which made it most of the client's own cost per call. So a body
 * goes to json-bigint only when it holds an integer too long to be sure of, and to JSON.parse
 * otherwise: the same values either way.
 */
import JSONbig from 'json-bigint'

/**
 * A number literal (after `:`, `[`, `,` or at the start) with 16 or more digits before any point:
 * the shortest that can exceed 2^53 (9007199254740992 has 16). Digits inside a string can match too;
 * that only costs the slower parse.
 */
const LONG_INTEGER = /(?:^|[:[,])\s*-?\d{16}/

export function parseCccBody(body: Buffer | string): unknown {
  const text = typeof body === 'string' ? body : body.toString('utf8')
  return LONG_INTEGER.test(text) ? JSONbig.parse(text) : JSON.parse(text)
}
