/**
 * The Today page's texts (#/instances/:id/realtime/today), loaded with the page rather than with the
 * first one (see ../page-texts.ts). The shape of this file is the schema: zh-CN has every key.
 */
export default {
  today: {
    title: 'Today so far',
    day: 'Day shown',
    todayOption: 'Today ({day})',
    reload: 'Read the day again',
    recorded: 'Recorded {from} – {to}, {zone}',
    kept: '{count} day kept on this computer, each for {retention} days | {count} days kept on this computer, each for {retention} days',
    nothingYet: 'Nothing is kept for {day} yet. The console keeps what the wallboard and the skill-group and agent boards fetch while they are open.',
    openWallboard: 'Open the wallboard',
    notKept: 'This build keeps no history of the day.',
    problem: {
      // By HistoryProblem (History.Locked, History.Unavailable): a key has no dot, vue-i18n reads one as a path.
      locked: 'The day so far is kept by another CCC Supervisor open on this computer: it is recorded and shown there.',
      unavailable: 'The day so far cannot be read from or written to this computer’s data folder.'
    },
    cut: 'The day before {time} is too large to read at once: it is shown from then on.',
    repaired: 'The history was damaged and repaired when it was opened: what could not be read was dropped, the rest of the day is shown.',
    loadFailed: 'The day so far could not be read',
    legend: 'Grey: the console was not running (nothing was fetched). Red: in alert under the limits set now. Times in the instance’s zone.',
    gapLabel: 'Console not running',
    alertLabel: 'In alert',
    panels: {
      agents: 'Agents by state',
      queues: 'Waiting calls by skill group'
    },
    limit: 'Alert at {limit}',
    limitOff: 'No alert limit set',
    peak: 'Highest {value} at {time}',
    span: '{from} – {to}',
    inAlert: 'In alert {span}',
    alertsLongest: 'The {shown} longest of {count} periods in alert, in time order; {total} in alert in all.',
    queuesPick: 'Skill groups shown (the busiest unless you pick, up to {max})',
    noQueues: 'No skill groups were fetched this day: the skill-group board keeps them while it is open.',
    gapsTitle: 'When the console was not running',
    noGaps: 'No gaps between the first and the last figures recorded.',
    chartLabel: '{title} over the day: {gaps} gaps, {alerts} periods in alert',
    forget: 'Forget history…',
    forgetTitle: 'Forget the history?',
    forgetConfirm: 'Remove every day kept of every instance from this computer? The live figures and CCC’s own reports are not affected.',
    forgetDo: 'Forget',
    forgotten: 'History forgotten: nothing of earlier refreshes is kept.',
    forgetFailed: 'History could not be forgotten'
  }
}

// The default export itself, an object literal: the only form the build precompiles (see ../en-US.ts).
export type TodayTexts = typeof import('./en-US').default
