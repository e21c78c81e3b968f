/** Skill-group and agent states as the client hands them over (normalised), for the board specs. */
import type { AgentState, SkillGroupState } from '@shared/ccc/shapes'

export function skillGroupState(over: Partial<SkillGroupState> & { SkillGroupId: string }): SkillGroupState {
  return {
    BreakCodeDetailList: [],
    BreakingAgents: 0,
    InstanceId: 'ccc-demo',
    LoggedInAgents: 0,
    LongestWaitingTime: 0,
    OutboundScenarioReadyAgents: 0,
    ReadyAgents: 0,
    SkillGroupName: over.SkillGroupId.split('@')[0]!,
    TalkingAgents: 0,
    TotalAgents: 0,
    WaitingCalls: 0,
    WorkingAgents: 0,
    ...over
  }
}

export function agentState(over: Partial<AgentState> & { AgentId: string }): AgentState {
  return {
    AgentName: over.AgentId.split('@')[0]!,
    BreakCode: '',
    CallType: '',
    CounterParty: '',
    Duration: null,
    Extension: '',
    InstanceId: 'ccc-demo',
    Mobile: '',
    OutboundScenario: false,
    SkillGroupIdList: [],
    SkillGroupNameList: [],
    State: 'Ready',
    StateCode: '',
    StateTime: null,
    WorkMode: 'ON_SITE',
    ...over
  }
}
