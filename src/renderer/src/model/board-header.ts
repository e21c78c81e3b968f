/** What a board page's heading shows: the same on the skill-group and agent boards. */
import type { PlanReason } from '@shared/ccc/refresh-plan'

export interface BoardHeaderState {
  title: string
  updatedAt: number | null
  timeZone: string
  stale: boolean
  autoOff: boolean
  loading: boolean
  /** Why the list refreshes less often than the wallboard; null when it follows it. */
  planReason: PlanReason | null
}
