/**
 * The built-in demo's account as the app sees it before the simulator runs: its loopback-only
 * AccessKey and its instances. A module of its own, without imports, so the app can name the demo
 * without loading the simulator (about 1,900 lines) until the demo is chosen.
 */

/** The built-in demo's AccessKey pair: it opens only this loopback simulator. */
export const DEMO_CREDENTIALS: Readonly<{ accessKeyId: string; accessKeySecret: string }> = Object.freeze({
  accessKeyId: 'LTAI5tCccSupervisorDemo',
  accessKeySecret: 'CccSupervisorDemoSecret4Simulator'
})

/** The simulated instances, in the order the demo lists them (the simulator checks it has these). */
export const DEMO_INSTANCE_IDS: readonly string[] = Object.freeze(['ccc-demo', 'ccc-large', 'ccc-night'])

/**
 * The zone each simulated instance keeps its days in (the simulator checks its instances keep
 * these), so the demo's profile names them before the simulator runs.
 */
export const DEMO_INSTANCE_TIME_ZONES: Readonly<Record<string, string>> = Object.freeze({
  'ccc-demo': 'Asia/Shanghai',
  'ccc-large': 'Asia/Shanghai',
  'ccc-night': 'Europe/London'
})
