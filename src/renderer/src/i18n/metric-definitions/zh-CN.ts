/** 每个指标的一句话定义，取自接口文档；文档未说明之处照实写明。 */
import type { MetricDefinitions } from './en-US'

const SDK_ONLY = '接口文档未说明：仅见于阿里云 SDK 模型。'
const SATISFACTION_PERCENT = '满意度指数；文档只给出单位（%），未给出公式。'

const zhCN: MetricDefinitions = {
  shared: {
    CallsAttendedTransferIn: '咨询后转入的电话数（咨询转接）。',
    CallsAttendedTransferOut: '咨询后转出的电话数（咨询转接）。',
    CallsBlindTransferIn: '未经咨询直接转入的电话数（盲转）。',
    CallsBlindTransferOut: '未经咨询直接转出的电话数（盲转）。',
    CallsOverflow: '从本技能组溢出到其他技能组的电话数。',
    CallsTimeout: '在本技能组排队直至超时的电话数。',
    CallsQueuingFailed: '未能进入队列的电话数（队列已满或关闭）。',
    ServiceLevel15: '15秒内接听的电话占比。',
    ServiceLevel30: '30秒内接听的电话占比。',
    AgentHandleRate: '座席处理的预测外呼（Back2Back）电话数 / 外呼数。',
    CallsAgentHandled: '客户接听后由座席处理的 Back2Back 电话数。',
    CallsCustomerAnswered: '客户接听的 Back2Back 电话数。',
    FirstCheckInTime: '范围内座席首次签入的时间。',
    LastCheckOutTime: '范围内座席最后签出的时间。',
    TotalOnSiteOnlineTime: '现场办公（ON_SITE）的在线时长，单位秒。',
    TotalOffSiteOnlineTime: '远程办公（OFF_SITE）的在线时长，单位秒。',
    TotalOfficePhoneOnlineTime: '使用办公电话（OFFICE_PHONE）的在线时长，单位秒。',
    AbandonedRate: '（队列放弃量 + 振铃放弃量）/ 进入队列的电话数。',
    AnswerRate: '外呼接通率；文档未给出公式。',
    AverageAbandonTime: '平均放弃时长，单位秒。',
    AverageAbandonedInIVRTime: '平均IVR放弃时长，单位秒。',
    AverageAbandonedInQueueTime: '平均排队放弃时长，单位秒。',
    AverageAbandonedInRingTime: '平均响铃放弃时长，单位秒。',
    AverageBreakTime: '平均小休时长，单位秒。',
    AverageDialingTime: '平均拨号时长，单位秒。',
    AverageHoldTime: '平均通话保持时长，单位秒。',
    AverageReadyTime: '平均就绪时长，单位秒。',
    AverageRingTime: '平均振铃时长，单位秒。',
    AverageTalkTime: '平均通话时长，单位秒。',
    AverageWaitTime: '平均每通电话到坐席接起时的等待时长。',
    AverageWorkTime: '平均话后处理时长，单位秒。',
    BreakingAgents: '处于小休状态的坐席数量。',
    CallsAbandoned: '放弃量；文档未作进一步说明。',
    CallsAbandonedInIVR: 'IVR放弃量，即电话进入IVR流程之后在IVR环节放弃。',
    CallsAbandonedInQueue: '队列放弃量，即电话进入技能组之后在排队环节放弃。',
    CallsAbandonedInRinging: '振铃放弃量。',
    CallsAnswered: '外呼电话接通量。',
    CallsAttendedTransferred: SDK_ONLY,
    CallsBlindTransferred: SDK_ONLY,
    CallsConsulted: '发起咨询的电话数量，一通电话中发起多次咨询算一次。',
    CallsDialed: '电话拨号量。',
    CallsDialedSuccess: '电话拨号成功量。',
    CallsHandled: '座席应答电话数。一通电话分给多个座席，算一通。',
    CallsHold: '通话保持的电话数量。一通电话保持多次算一次，保持时长累加。',
    CallsIncomingIVR: 'IVR进线量，即电话进入IVR流程。',
    CallsIncomingLine: '电话进线量；文档未说明其与电话呼入数的区别。',
    CallsIncomingQueue: '技能组进线量，即电话进入技能组量。',
    CallsOffered: '电话呼入数。',
    CallsQueued: '进入队列的电话数，一通电话多次进队列算一通。',
    CallsQueuingTimeout: SDK_ONLY,
    CallsRinged: '座席振铃的电话数，一通电话分给多个座席，算一通。',
    CallsTransferred: '被转接的电话数量，包括咨询转和盲转。',
    InteractiveCalls: 'IVR中交互的电话个数。',
    LoggedInAgents: '在线坐席数量（包括就绪、小休、通话等非下线状态的坐席）。',
    LongestWaitingTime: '当前排队来电的最大等待时长。',
    MaxAbandonTime: '最大放弃时长，单位秒。',
    MaxAbandonedInIVRTime: '最大IVR放弃时长，单位秒。',
    MaxAbandonedInQueueTime: '最大排队放弃时长，单位秒。',
    MaxAbandonedInRingTime: '最大响铃放弃时长，单位秒。',
    MaxBreakTime: '最大小休时长，单位秒。',
    MaxDialingTime: '最大拨号时长，单位秒。',
    MaxHoldTime: '最大通话保持时长，单位秒。',
    MaxReadyTime: '最大就绪时长，单位秒。',
    MaxRingTime: '最大振铃时长，单位秒。',
    MaxTalkTime: '最大通话时长，单位秒。',
    MaxWaitTime: '最大等待时长，单位秒。',
    MaxWorkTime: '最大话后处理时长，单位秒。',
    OccupancyRate: '座席利用率；文档未给出公式。',
    ReadyAgents: '处于就绪状态的坐席数量。',
    SatisfactionIndex: '满意度指数，即满意度平均值。',
    SatisfactionRate: SDK_ONLY,
    SatisfactionSurveysOffered: '满意度调查发送次数。',
    SatisfactionSurveysResponded: '满意度调查响应次数。',
    TalkingAgents: '处于通话状态的坐席数量。',
    TotalAbandonTime: '总放弃时长，单位秒。',
    TotalAbandonedInIVRTime: '总IVR放弃时长，单位秒。',
    TotalAbandonedInQueueTime: '总排队放弃时长，单位秒。',
    TotalAbandonedInRingTime: '总振铃放弃时长，单位秒。',
    TotalAgents: '总坐席数。',
    TotalBreakTime: '总小休时长，单位秒。',
    TotalCalls: '总电话接待量，包括应答的呼入电话和接通的呼出电话。',
    TotalDialingTime: '总拨号时长，单位秒。',
    TotalHoldTime: '总通话保持时长，单位秒。',
    TotalLoggedInTime: '总登录时长，单位秒。',
    TotalReadyTime: '总就绪时长，单位秒。',
    TotalRingTime: '总振铃时长，单位秒。',
    TotalTalkTime: '总通话时长，单位秒。',
    TotalWaitTime: '总等待时长，单位秒。',
    TotalWorkTime: '总话后处理时长，单位秒。',
    WaitingCalls: '当前排队来电的个数。',
    WorkingAgents: '处于话后处理状态的坐席数量。'
  },
  byGroup: {
    ListIntervalSkillGroupReport: {
      Inbound: {
        HandleRate: '座席应答电话数 / 技能组的呼入电话数。',
        ServiceLevel20: '20秒内接听的电话数 / 技能组的呼入电话数。'
      }
    },
    ListHistoricalSkillGroupReport: {
      Inbound: {
        HandleRate: '座席应答电话数 / 技能组的呼入电话数。',
        ServiceLevel20: '20秒内接听的电话数 / 技能组的呼入电话数。',
        ServiceLevel15: '15秒内接听的电话数 / 技能组的呼入电话数。',
        ServiceLevel30: '30秒内接听的电话数 / 技能组的呼入电话数。'
      }
    },
    ListIntervalAgentReport: {
      Inbound: {
        HandleRate: '座席接听的电话数 / 振铃到该座席的电话数。',
        ServiceLevel15: '振铃后15秒内接听的电话数 / 振铃到该座席的电话数。'
      }
    },
    ListHistoricalAgentReport: {
      Inbound: {
        HandleRate: '座席接听的电话数 / 振铃到该座席的电话数。',
        ServiceLevel15: '振铃后15秒内接听的电话数 / 振铃到该座席的电话数。'
      }
    },
    ListIntervalInstanceReport: {
      Inbound: {
        CallsHandled: '座席应答电话数。一通电话分给多个座席，算一通。转接时挂断的电话不算入放弃量。',
        HandleRate: '座席应答电话数 / 进入队列的电话数。',
        ServiceLevel20: '从开始排队到接听少于20秒的电话数 / 进入队列的电话数。'
      },
      Outbound: {
        AverageRingTime: SDK_ONLY,
        CallsRinged: SDK_ONLY
      }
    },
    GetInstanceTrendingReport: {
      Inbound: { TotalCalls: '总进线量。' },
      Outbound: {
        CallsAnswered: '外呼接通量。',
        TotalCalls: '总外呼量。'
      }
    },
    GetInstanceSummaryReportSinceMidnight: {
      Inbound: {
        CallsHandled: '电话应答数；文档未作进一步说明。',
        HandleRate: '应答率。文档未给出公式；按 电话应答数 / 电话呼入数 计。',
        MaxWaitTime: '所有坐席接起的通话中最大的等待时长。',
        SatisfactionIndex: SATISFACTION_PERCENT,
        ServiceLevel20: '服务水平；文档未给出公式，阈值仅见于字段名（20秒）。',
        TotalWaitTime: '接口文档未说明：该字段的描述为空。'
      },
      Outbound: { SatisfactionIndex: SATISFACTION_PERCENT },
      Overall: { SatisfactionIndex: SATISFACTION_PERCENT }
    }
  }
}

export default zhCN
