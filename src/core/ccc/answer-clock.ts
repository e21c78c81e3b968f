/**
 * When CCC answered, read from the answer's `Date` header. A board counts an agent's time in state
 * from StateTime, which is CCC's clock; the header lets it measure how far the desktop's clock is
 * from CCC's. The header comes from the endpoint, so it is hostile until bounded: anything but a
 * short, plausible HTTP date leaves the desktop's receive time, marked as such.
 */
import type { AnswerClock } from '../../shared/ccc/list-filters'
import { isPlausibleEpochMs } from '../../shared/ccc/shapes'

/** An IMF-fixdate is 29 characters; the obsolete forms are shorter still. */
const MAX_DATE_CHARS = 64

export function answerClock(dateHeader: unknown, receivedAt: number): AnswerClock {
  const at = typeof dateHeader === 'string' && dateHeader.length <= MAX_DATE_CHARS ? Date.parse(dateHeader) : NaN
  return isPlausibleEpochMs(at)
    ? { answeredAt: at, answeredAtSource: 'date-header', receivedAt }
    : { answeredAt: receivedAt, answeredAtSource: 'received', receivedAt }
}
