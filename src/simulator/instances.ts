/**
 * The simulated CCC instances: their GetInstance data (admins, numbers, skill groups) and the
 * traffic profile that sizes their calls and agents. Names are Chinese as on a real Chinese
 * account; everything is derived from the seed.
 */
import type { Instance, PhoneNumber, SkillGroup, User } from '../shared/ccc/types'
import { buildRoster, type Roster } from './roster'
import { hash32, intBetween, pick, pickWeighted, randomFor, type Random } from './seeded-random'

/** Sizes the traffic of one instance; see traffic.ts. */
export interface TrafficProfile {
  /** IANA zone of the instance: local midnight, rhythm and Daily buckets follow it. */
  timeZone: string
  /** Agents configured on the instance (GetRealtimeInstanceStates TotalAgents). */
  totalAgents: number
  /** Share of agents logged in at the quietest and the busiest time. */
  staffedShare: { min: number; max: number }
  /** Expected inbound calls offered in a 15-minute slot at the daily peak of a weekday. */
  peakInboundPerSlot: number
  /** Expected outbound dials in a 15-minute slot at the daily peak of a weekday. */
  peakOutboundPerSlot: number
  /** Activity at night as a share of the peak: near 0 for office hours, higher for a 24/7 line. */
  nightShare: number
  /** Activity on Saturday and Sunday relative to a weekday. */
  weekendShare: { saturday: number; sunday: number }
  /**
   * How the report APIs spell their fields: as the seed docs do, or as Alibaba's SDK models do
   * (`AbandonRate`, `CallsAbandonedInRing`, and the fields only the SDK names).
   */
  spelling: 'docs' | 'sdk'
}

interface InstanceBlueprint {
  id: string
  name: string
  description: string
  adminCount: number
  numberCount: number
  /** Skill groups as [name, display name, description]; the numbers of GetInstance route to these. */
  skillGroups: ReadonlyArray<readonly [string, string, string]>
  /** Skill groups no number routes to (teams, outbound): in ListSkillGroups and the live states only. */
  otherSkillGroups?: ReadonlyArray<readonly [string, string, string]>
  /** One skill group and one agent named with hostile text (roster.ts). */
  hostileNames?: boolean
  traffic: TrafficProfile
}

export interface SimulatedInstance {
  id: string
  traffic: TrafficProfile
  /** GetInstance `Data` */
  data: Instance
  /** The skill groups and agents of the list APIs. */
  roster: Roster
}

const SERVICE_LINES = [
  ['presales', '售前咨询', '新客户购买咨询与产品介绍'],
  ['aftersales', '售后服务', '订单、退换货与维修'],
  ['billing', '账单与发票', '账单、发票与支付问题'],
  ['tech', '技术支持', '产品故障排查与使用指导'],
  ['vip', 'VIP专线', '高价值客户专属服务'],
  ['complaints', '投诉处理', '投诉受理、升级与回访'],
  ['callback', '外呼回访', '满意度回访与外呼营销']
] as const

const REGIONS = [
  ['east', '华东'],
  ['south', '华南'],
  ['north', '华北'],
  ['central', '华中'],
  ['southwest', '西南'],
  ['northwest', '西北']
] as const

const LARGE_SKILL_GROUPS = REGIONS.flatMap(([region, regionName]) =>
  SERVICE_LINES.map(
    ([line, lineName, lineDescription]) =>
      [`${region}_${line}`, `${regionName}${lineName}`, `${regionName}大区：${lineDescription}`] as const
  )
)

/** ccc-large's teams beside its queues: 6 regions × 18 teams, so 150 skill groups in all. */
const LARGE_TEAMS = REGIONS.flatMap(([region, regionName]) =>
  Array.from({ length: 18 }, (_, i) => {
    const n = String(i + 1).padStart(2, '0')
    return [`${region}_team${n}`, `${regionName}${n}组`, `${regionName}大区第${n}班组`] as const
  })
)

const BLUEPRINTS: readonly InstanceBlueprint[] = [
  {
    id: 'ccc-demo',
    name: '云呼演示实例',
    description: '客户服务中心演示实例（模拟数据）',
    adminCount: 6,
    numberCount: 12,
    skillGroups: SERVICE_LINES.slice(0, 6),
    otherSkillGroups: [['escalation', '升级处理', '疑难投诉升级']],
    hostileNames: true,
    traffic: {
      timeZone: 'Asia/Shanghai',
      totalAgents: 60,
      staffedShare: { min: 0.05, max: 0.75 },
      peakInboundPerSlot: 120,
      peakOutboundPerSlot: 40,
      nightShare: 0.03,
      weekendShare: { saturday: 0.5, sunday: 0.4 },
      spelling: 'docs'
    }
  },
  {
    id: 'ccc-large',
    name: '云呼全国客服中心',
    description: '全国多大区客服中心（模拟数据）',
    adminCount: 250,
    numberCount: 600,
    skillGroups: LARGE_SKILL_GROUPS,
    otherSkillGroups: LARGE_TEAMS,
    traffic: {
      timeZone: 'Asia/Shanghai',
      // 12 pages of agents and 2 of skill groups at the largest page size: a full refresh.
      totalAgents: 1200,
      staffedShare: { min: 0.04, max: 0.75 },
      peakInboundPerSlot: 1600,
      peakOutboundPerSlot: 420,
      nightShare: 0.04,
      weekendShare: { saturday: 0.6, sunday: 0.5 },
      // The SDK models' spelling, so the client's reading of both is exercised.
      spelling: 'sdk'
    }
  },
  {
    id: 'ccc-night',
    name: '云呼海外夜间热线',
    description: '海外客户全天候热线，伦敦时区（模拟数据）',
    adminCount: 2,
    numberCount: 4,
    skillGroups: [
      ['overseas', '海外客服', '海外客户中英文服务'],
      ['night_shift', '夜间值班', '夜间紧急事务处理']
    ],
    traffic: {
      timeZone: 'Europe/London',
      totalAgents: 12,
      staffedShare: { min: 0.2, max: 0.9 },
      peakInboundPerSlot: 14,
      peakOutboundPerSlot: 3,
      nightShare: 0.18,
      weekendShare: { saturday: 0.75, sunday: 0.7 },
      spelling: 'docs'
    }
  }
]

/** The blueprints' IDs: what demo-account.ts names for the app (a test keeps the two equal). */
export const SIMULATED_INSTANCE_IDS: readonly string[] = BLUEPRINTS.map((b) => b.id)

const SURNAMES = [
  ['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'],
  ['黄', 'huang'], ['赵', 'zhao'], ['吴', 'wu'], ['周', 'zhou'], ['徐', 'xu'], ['孙', 'sun'],
  ['马', 'ma'], ['朱', 'zhu'], ['胡', 'hu'], ['郭', 'guo'], ['何', 'he'], ['林', 'lin'],
  ['罗', 'luo'], ['高', 'gao'], ['郑', 'zheng'], ['梁', 'liang'], ['谢', 'xie'], ['宋', 'song']
] as const

const GIVEN_NAMES = [
  ['伟', 'wei'], ['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'],
  ['强', 'qiang'], ['磊', 'lei'], ['洋', 'yang'], ['艳', 'yan'], ['勇', 'yong'], ['军', 'jun'],
  ['杰', 'jie'], ['娟', 'juan'], ['涛', 'tao'], ['明', 'ming'], ['超', 'chao'], ['秀英', 'xiuying'],
  ['霞', 'xia'], ['平', 'ping'], ['刚', 'gang'], ['桂英', 'guiying'], ['建华', 'jianhua'], ['文', 'wen'],
  ['欣怡', 'xinyi'], ['子涵', 'zihan'], ['浩然', 'haoran'], ['雨桐', 'yutong'], ['思远', 'siyuan'], ['佳琪', 'jiaqi']
] as const

/** A few accounts are named after their role or carry an English name, as real consoles show. */
const OTHER_DISPLAY_NAMES = [
  ['系统管理员', 'sysadmin'], ['运维值班', 'ops'], ['质检主管', 'qa-lead'],
  ['David Chen', 'david.chen'], ['Emma Liu', 'emma.liu'], ['Kevin Zhang', 'kevin.zhang']
] as const

/** Real provinces and prefecture cities with their area codes. */
const CITIES = [
  ['北京', '北京', '010'], ['上海', '上海', '021'], ['天津', '天津', '022'], ['重庆', '重庆', '023'],
  ['广东', '广州', '020'], ['广东', '深圳', '0755'], ['广东', '东莞', '0769'], ['广东', '佛山', '0757'],
  ['浙江', '杭州', '0571'], ['浙江', '宁波', '0574'], ['浙江', '温州', '0577'], ['江苏', '南京', '025'],
  ['江苏', '苏州', '0512'], ['江苏', '无锡', '0510'], ['四川', '成都', '028'], ['四川', '乐山', '0833'],
  ['四川', '绵阳', '0816'], ['湖北', '武汉', '027'], ['湖北', '宜昌', '0717'], ['湖南', '长沙', '0731'],
  ['山东', '济南', '0531'], ['山东', '青岛', '0532'], ['河南', '郑州', '0371'], ['河北', '石家庄', '0311'],
  ['陕西', '西安', '029'], ['福建', '福州', '0591'], ['福建', '厦门', '0592'], ['安徽', '合肥', '0551'],
  ['江西', '南昌', '0791'], ['辽宁', '沈阳', '024'], ['辽宁', '大连', '0411'], ['吉林', '长春', '0431'],
  ['黑龙江', '哈尔滨', '0451'], ['云南', '昆明', '0871'], ['贵州', '贵阳', '0851'], ['广西', '南宁', '0771'],
  ['海南', '海口', '0898'], ['山西', '太原', '0351'], ['甘肃', '兰州', '0931'], ['内蒙古', '呼和浩特', '0471'],
  ['新疆', '乌鲁木齐', '0991'], ['宁夏', '银川', '0951'], ['青海', '西宁', '0971'], ['西藏', '拉萨', '0891']
] as const

const EMAIL_DOMAINS = ['example.com', 'example.cn', 'example.net'] as const

interface Person {
  displayName: string
  loginName: string
}

function randomPerson(random: Random): Person {
  if (random() < 0.1) {
    const [displayName, loginName] = pick(random, OTHER_DISPLAY_NAMES)
    return { displayName, loginName }
  }
  const [surname, surnamePinyin] = pick(random, SURNAMES)
  const [given, givenPinyin] = pick(random, GIVEN_NAMES)
  return { displayName: surname + given, loginName: surnamePinyin + givenPinyin }
}

/** People with login names unique in the instance: a second 王伟 logs in as wangwei2. */
function personFactory(random: Random): () => Person {
  const taken = new Map<string, number>()
  return () => {
    const person = randomPerson(random)
    const seen = (taken.get(person.loginName) ?? 0) + 1
    taken.set(person.loginName, seen)
    return seen === 1 ? person : { ...person, loginName: `${person.loginName}${seen}` }
  }
}

const digits = (random: Random, length: number): string =>
  Array.from({ length }, () => String(Math.floor(random() * 10))).join('')

/** A uuid-shaped id from a hash, so contact flows keep their ids across restarts. */
function uuidFrom(...parts: ReadonlyArray<string | number>): string {
  const hex = [0, 1, 2, 3].map((i) => hash32(...parts, i).toString(16).padStart(8, '0')).join('')
  return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join('-')
}

function buildAdmins(random: Random, instanceId: string, count: number): User[] {
  const nextPerson = personFactory(random)
  const extensions = new Set<string>()
  return Array.from({ length: count }, () => {
    const { displayName, loginName } = nextPerson()
    let extension: string
    do extension = `8${digits(random, 7)}`
    while (extensions.has(extension))
    extensions.add(extension)
    return {
      DisplayName: displayName,
      Email: `${loginName}@${pick(random, EMAIL_DOMAINS)}`,
      Extension: extension,
      InstanceId: instanceId,
      LoginName: loginName,
      Mobile: `1${pick(random, ['38', '39', '58', '86', '77', '51'])}xxxx${digits(random, 4)}`,
      RoleId: `Admin@${instanceId}`,
      RoleName: 'Admin',
      UserId: `${loginName}@${instanceId}`,
      WorkMode: pickWeighted(random, [
        ['ON_SITE', 6],
        ['OFF_SITE', 2],
        ['OFFICE_PHONE', 2]
      ] as const)
    }
  })
}

function buildNumbers(
  random: Random,
  seed: number,
  blueprint: InstanceBlueprint,
  agentLogins: readonly string[]
): PhoneNumber[] {
  const { id } = blueprint
  const groups: SkillGroup[] = blueprint.skillGroups.map(([name, displayName, description]) => ({
    Description: description,
    DisplayName: displayName,
    InstanceId: id,
    Name: name,
    PhoneNumberCount: 0,
    SkillGroupId: `${name}@${id}`,
    UserCount: intBetween(random, 3, Math.max(3, Math.round(blueprint.traffic.totalAgents / 3)))
  }))
  const flows = Array.from({ length: Math.max(2, Math.ceil(blueprint.numberCount / 40)) }, (_, i) =>
    uuidFrom(seed, id, 'contact-flow', i)
  )
  const numbers = new Set<string>()
  const list: PhoneNumber[] = []
  for (let i = 0; i < blueprint.numberCount; i++) {
    const [province, city, areaCode] = pick(random, CITIES)
    let number: string
    do number = `${areaCode}xxxx${digits(random, 4)}`
    while (numbers.has(number))
    numbers.add(number)
    const usage = pickWeighted(random, [
      ['Bidirection', 5],
      ['Inbound', 3],
      ['Outbound', 2]
    ] as const)
    // Outbound-only lines rarely route to a queue; inbound ones serve one to three groups.
    const groupCount = usage === 'Outbound' ? intBetween(random, 0, 1) : intBetween(random, 1, Math.min(3, groups.length))
    const chosen = new Set<SkillGroup>()
    while (chosen.size < groupCount) chosen.add(pick(random, groups))
    list.push({
      Active: random() < 0.92,
      City: city,
      ContactFlowId: pick(random, flows),
      InstanceId: id,
      Number: number,
      Province: province,
      SkillGroups: [...chosen],
      Usage: usage,
      // A number with a UserId is an agent's personal line.
      UserId: random() < 0.15 ? `${pick(random, agentLogins)}@${id}` : ''
    })
  }
  for (const number of list) for (const group of number.SkillGroups) group.PhoneNumberCount = (group.PhoneNumberCount ?? 0) + 1
  return list
}

/** The 16-digit account id owning every simulated instance. */
function aliyunUid(seed: number): string {
  return `1${String(hash32(seed, 'uid-a')).padStart(10, '0').slice(-8)}${String(hash32(seed, 'uid-b')).padStart(10, '0').slice(-7)}`
}

function buildInstance(seed: number, blueprint: InstanceBlueprint): SimulatedInstance {
  const random = randomFor(seed, blueprint.id, 'instance')
  const nextAgent = personFactory(randomFor(seed, blueprint.id, 'agents'))
  const agents = Array.from({ length: blueprint.traffic.totalAgents }, () => nextAgent())
  const admins = buildAdmins(random, blueprint.id, blueprint.adminCount)
  const numbers = buildNumbers(random, seed, blueprint, agents.map((a) => a.loginName))
  const routed = new Map(numbers.flatMap((n) => n.SkillGroups.map((g) => [g.SkillGroupId, g] as const)))
  const roster = buildRoster(
    seed,
    blueprint.id,
    agents,
    [...blueprint.skillGroups, ...(blueprint.otherSkillGroups ?? [])].map(([name, displayName, description]) => ({
      name,
      displayName,
      description,
      phoneNumberCount: routed.get(`${name}@${blueprint.id}`)?.PhoneNumberCount ?? 0
    })),
    { nightShare: blueprint.traffic.nightShare, hostileNames: blueprint.hostileNames === true }
  )
  // GetInstance's groups count the same members as ListSkillGroups.
  for (const group of roster.groups) {
    const listed = routed.get(group.SkillGroupId)
    if (listed) listed.UserCount = group.members.length
  }
  return {
    id: blueprint.id,
    traffic: blueprint.traffic,
    roster,
    data: {
      AdminList: admins,
      AliyunUid: aliyunUid(seed),
      ConsoleUrl: `https://ccc-v2.aliyun.com/#/workbench/${blueprint.id}`,
      Description: blueprint.description,
      DomainName: blueprint.id,
      Id: blueprint.id,
      Name: blueprint.name,
      NumberList: numbers,
      Status: 'RUNNING'
    }
  }
}

/** All simulated instances for a seed, by id. */
export function buildInstances(seed: number): ReadonlyMap<string, SimulatedInstance> {
  return new Map(BLUEPRINTS.map((blueprint) => [blueprint.id, buildInstance(seed, blueprint)]))
}
