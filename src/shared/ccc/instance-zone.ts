/**
 * CCC instances keep their day boundaries (the reports' days, "since midnight") in China Standard
 * Time unless told otherwise. A module of its own, so what needs only the name loads no date code.
 */
export const INSTANCE_TIME_ZONE = 'Asia/Shanghai'

/** The zone an instance keeps its days in: every instance's the same until profiles say otherwise. */
export function instanceTimeZone(_instanceId: string): string {
  return INSTANCE_TIME_ZONE
}
