/**
 * What each figure counts, in one line, taken from the API docs' Chinese tables; where the docs say
 * nothing, the line says so. The shape of this file is the schema: zh-CN has every key. Loaded by
 * the pages that show figures, not with the first page (see ./index.ts).
 */
const SDK_ONLY = 'Not in the API docs: named only by Alibaba’s SDK models.'
const SATISFACTION_PERCENT = 'Satisfaction index; the docs give its unit (%) but no formula.'

const enUS = {
  /** A field's definition wherever every API that returns it documents the same meaning. */
  shared: {
    CallsAttendedTransferIn: 'Calls transferred in after a consultation (attended transfers).',
    CallsAttendedTransferOut: 'Calls transferred out after a consultation (attended transfers).',
    CallsBlindTransferIn: 'Calls transferred in without a consultation (blind transfers).',
    CallsBlindTransferOut: 'Calls transferred out without a consultation (blind transfers).',
    CallsOverflow: 'Calls that overflowed from this skill group to another.',
    CallsTimeout: 'Calls that waited in this skill group’s queue until it timed out.',
    CallsQueuingFailed: 'Calls that could not enter the queue (the queue was full or closed).',
    ServiceLevel15: 'Share of calls answered within 15 s.',
    ServiceLevel30: 'Share of calls answered within 30 s.',
    AgentHandleRate: 'Back2Back calls the agent handled / calls dialed.',
    CallsAgentHandled: 'Back2Back calls the agent handled after the customer answered.',
    CallsCustomerAnswered: 'Back2Back calls the customer answered.',
    FirstCheckInTime: 'When the agent first checked in within the range.',
    LastCheckOutTime: 'When the agent last checked out within the range.',
    TotalOnSiteOnlineTime: 'Time logged in working on site (ON_SITE), in seconds.',
    TotalOffSiteOnlineTime: 'Time logged in working off site (OFF_SITE), in seconds.',
    TotalOfficePhoneOnlineTime: 'Time logged in on an office phone (OFFICE_PHONE), in seconds.',
    AbandonedRate: '(Calls abandoned in the queue + calls abandoned while ringing) / calls that entered the queue.',
    AnswerRate: 'Outbound answer rate (接通率); the docs give no formula.',
    AverageAbandonTime: 'Average time before a call was abandoned, in seconds.',
    AverageAbandonedInIVRTime: 'Average time before a call was abandoned in the IVR, in seconds.',
    AverageAbandonedInQueueTime: 'Average time before a call was abandoned while queuing, in seconds.',
    AverageAbandonedInRingTime: 'Average time before a call was abandoned while ringing, in seconds.',
    AverageBreakTime: 'Average break time, in seconds.',
    AverageDialingTime: 'Average dialing time, in seconds.',
    AverageHoldTime: 'Average time on hold, in seconds.',
    AverageReadyTime: 'Average ready time, in seconds.',
    AverageRingTime: 'Average ring time, in seconds.',
    AverageTalkTime: 'Average talk time, in seconds.',
    AverageWaitTime: 'Average wait per call until an agent answered it.',
    AverageWorkTime: 'Average after-call work time, in seconds.',
    BreakingAgents: 'Agents on break.',
    CallsAbandoned: 'Calls abandoned (放弃量); the docs say no more.',
    CallsAbandonedInIVR: 'Calls that entered the IVR flow and were abandoned there.',
    CallsAbandonedInQueue: 'Calls that entered a skill group and were abandoned while queuing.',
    CallsAbandonedInRinging: 'Calls abandoned while ringing.',
    CallsAnswered: 'Outbound calls that were answered.',
    CallsAttendedTransferred: SDK_ONLY,
    CallsBlindTransferred: SDK_ONLY,
    CallsConsulted: 'Calls in which a consultation was started; several in one call count once.',
    CallsDialed: 'Outbound calls dialed.',
    CallsDialedSuccess: 'Outbound calls dialed successfully.',
    CallsHandled: 'Calls answered by an agent; a call offered to several agents counts once.',
    CallsHold: 'Calls put on hold; a call held several times counts once, its hold times added up.',
    CallsIncomingIVR: 'Calls that entered the IVR flow.',
    CallsIncomingLine: 'Calls that came in on the line (电话进线量); the docs do not say how it differs from calls offered.',
    CallsIncomingQueue: 'Calls that entered a skill group.',
    CallsOffered: 'Inbound calls (电话呼入数).',
    CallsQueued: 'Calls that entered the queue; a call queued several times counts once.',
    CallsQueuingTimeout: SDK_ONLY,
    CallsRinged: 'Calls that rang an agent; a call offered to several agents counts once.',
    CallsTransferred: 'Calls transferred, consultative and blind transfers alike.',
    InteractiveCalls: 'Calls interacting with the IVR.',
    LoggedInAgents: 'Agents online: every state but logged out (ready, on break, talking…).',
    LongestWaitingTime: 'The longest wait among the calls queuing.',
    MaxAbandonTime: 'Longest time before a call was abandoned, in seconds.',
    MaxAbandonedInIVRTime: 'Longest time before a call was abandoned in the IVR, in seconds.',
    MaxAbandonedInQueueTime: 'Longest time before a call was abandoned while queuing, in seconds.',
    MaxAbandonedInRingTime: 'Longest time before a call was abandoned while ringing, in seconds.',
    MaxBreakTime: 'Longest break, in seconds.',
    MaxDialingTime: 'Longest dialing time, in seconds.',
    MaxHoldTime: 'Longest time on hold, in seconds.',
    MaxReadyTime: 'Longest ready time, in seconds.',
    MaxRingTime: 'Longest ring time, in seconds.',
    MaxTalkTime: 'Longest talk time, in seconds.',
    MaxWaitTime: 'Longest wait, in seconds.',
    MaxWorkTime: 'Longest after-call work, in seconds.',
    OccupancyRate: 'Agent occupancy (座席利用率); the docs give no formula.',
    ReadyAgents: 'Agents ready for a call.',
    SatisfactionIndex: 'The mean of the satisfaction answers.',
    SatisfactionRate: SDK_ONLY,
    SatisfactionSurveysOffered: 'Satisfaction surveys sent.',
    SatisfactionSurveysResponded: 'Satisfaction surveys answered.',
    TalkingAgents: 'Agents talking.',
    TotalAbandonTime: 'Total time before calls were abandoned, in seconds.',
    TotalAbandonedInIVRTime: 'Total time before calls were abandoned in the IVR, in seconds.',
    TotalAbandonedInQueueTime: 'Total time before calls were abandoned while queuing, in seconds.',
    TotalAbandonedInRingTime: 'Total time before calls were abandoned while ringing, in seconds.',
    TotalAgents: 'All agents of the instance.',
    TotalBreakTime: 'Total break time, in seconds.',
    TotalCalls: 'Calls handled: inbound calls answered plus outbound calls connected.',
    TotalDialingTime: 'Total dialing time, in seconds.',
    TotalHoldTime: 'Total time on hold, in seconds.',
    TotalLoggedInTime: 'Total logged-in time, in seconds.',
    TotalReadyTime: 'Total ready time, in seconds.',
    TotalRingTime: 'Total ring time, in seconds.',
    TotalTalkTime: 'Total talk time, in seconds.',
    TotalWaitTime: 'Total wait time, in seconds.',
    TotalWorkTime: 'Total after-call work time, in seconds.',
    WaitingCalls: 'Calls queuing.',
    WorkingAgents: 'Agents in after-call work.'
  },
  /** Where one API's docs say something else than `shared`: by API, group and field. */
  byGroup: {
    ListIntervalSkillGroupReport: {
      Inbound: {
        HandleRate: 'Calls answered by an agent / calls offered to the skill group.',
        ServiceLevel20: 'Calls answered within 20 s / calls offered to the skill group.'
      }
    },
    ListHistoricalSkillGroupReport: {
      Inbound: {
        HandleRate: 'Calls answered by an agent / calls offered to the skill group.',
        ServiceLevel20: 'Calls answered within 20 s / calls offered to the skill group.',
        ServiceLevel15: 'Calls answered within 15 s / calls offered to the skill group.',
        ServiceLevel30: 'Calls answered within 30 s / calls offered to the skill group.'
      }
    },
    ListIntervalAgentReport: {
      Inbound: {
        HandleRate: 'Calls the agent answered / calls that rang the agent.',
        ServiceLevel15: 'Calls the agent answered within 15 s of ringing / calls that rang the agent.'
      }
    },
    ListHistoricalAgentReport: {
      Inbound: {
        HandleRate: 'Calls the agent answered / calls that rang the agent.',
        ServiceLevel15: 'Calls the agent answered within 15 s of ringing / calls that rang the agent.'
      }
    },
    ListIntervalInstanceReport: {
      Inbound: {
        CallsHandled:
          'Calls answered by an agent; a call offered to several agents counts once. A call hung up during a transfer is not counted as abandoned.',
        HandleRate: 'Calls answered by an agent / calls that entered the queue.',
        ServiceLevel20: 'Calls answered less than 20 s after they began to queue / calls that entered the queue.'
      },
      Outbound: {
        AverageRingTime: SDK_ONLY,
        CallsRinged: SDK_ONLY
      }
    },
    GetInstanceTrendingReport: {
      Inbound: { TotalCalls: 'All incoming calls (总进线量).' },
      Outbound: {
        CallsAnswered: 'Outbound calls connected (外呼接通量).',
        TotalCalls: 'All outbound calls (总外呼量).'
      }
    },
    GetInstanceSummaryReportSinceMidnight: {
      Inbound: {
        CallsHandled: 'Calls answered (电话应答数); the docs say no more.',
        HandleRate: 'Answer rate (应答率). The docs give no formula; taken as calls handled / calls offered.',
        MaxWaitTime: 'The longest wait among the calls agents answered.',
        SatisfactionIndex: SATISFACTION_PERCENT,
        ServiceLevel20: 'Service level (服务水平); the docs give no formula, and no threshold but the field’s name (20 s).',
        TotalWaitTime: 'Not documented: the docs leave this field’s description empty.'
      },
      Outbound: { SatisfactionIndex: SATISFACTION_PERCENT },
      Overall: { SatisfactionIndex: SATISFACTION_PERCENT }
    }
  }
}

export type MetricDefinitions = typeof enUS
export default enUS
