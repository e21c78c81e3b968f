/**
 * Every text the CLI prints besides errors (those are the shared error catalogue's), in en-US and
 * zh-CN: the help, table headers, notes on stderr, progress and the `profiles` and `sim` output.
 * `{name}` is a parameter. zh-CN is typed by en-US's keys, so a missing text fails the build; both
 * hold the same parameters (test/cli/cli-texts.spec.ts). `--json` prints none of them.
 */
import type { SnapshotStep } from '../core/export/snapshot-builder'
import type { ErrorLocale } from '../shared/messages/errors'
import { fillText, type TextParams } from '../shared/messages/fill'

const EN_HELP = `Usage: ccc-supervisor <command> [options]

Commands:
  instance  --instance ID                    instance details, admins and numbers (GetInstance)
  realtime  --instance ID                    real-time agents and calls (GetRealtimeInstanceStates)
  summary   --instance ID                    since-midnight summary (GetInstanceSummaryReportSinceMidnight)
  interval  --instance ID --interval Daily|Hourly [--from T] [--to T] [--time-zone ZONE]
                                             interval report (ListIntervalInstanceReport)
  trend     --instance ID [--from T] [--to T] [--time-zone ZONE]
                                             trend report (GetInstanceTrendingReport)
  queues    --instance ID                    live state per skill group, most waiting calls first
                                             (ListRealtimeSkillGroupStates, every page), named by
                                             their DisplayName (ListSkillGroups)
  agents    --instance ID [--skill-group ID] [--state S,S] [--query TEXT]
                                             live state per agent, longest in state first
                                             (ListRealtimeAgentStates, every page); --state takes
                                             {states};
                                             --query matches name, ID or extension
  queue-report --instance ID [--from T] [--to T] [--skill-group ID] [--time-zone ZONE]
                                             each skill group over the range, with a totals row
                                             (ListHistoricalSkillGroupReport, every page)
  queue-report --instance ID --skill-group ID --interval Daily|Hourly [--from T] [--to T]
                                             one group's buckets (ListIntervalSkillGroupReport)
  agent-report --instance ID [--from T] [--to T] [--skill-group ID] [--agent ID,ID] [--time-zone ZONE]
                                             each agent over the range, with a totals row; with
                                             --skill-group only that group's members and calls
                                             (ListHistoricalAgentReport, every page)
  agent-report --instance ID --agent ID --interval Daily|Hourly [--from T] [--to T]
                                             one agent's buckets (ListIntervalAgentReport)
  snapshot  --instance ID --out DIR [--from T] [--to T] [--interval Daily|Hourly]
            [--format json,xlsx,csv,html] [--time-zone ZONE] [--reports queues,agents]
            [--headers words|fields]
                                             export an offline snapshot: details, admin and number
                                             lists, live state, the skill-group and agent states,
                                             since-midnight summary, interval and trend reports; its
                                             times are in the zone the instance keeps its days in
                                             (the profile's, else its region's), or in ZONE (an IANA
                                             name such as Europe/London); --reports adds the skill
                                             group and agent reports over the same range; CSV and
                                             XLSX headers are the figures' labels in --lang, enums
                                             as words, CSV rates and durations as shown (6.3%,
                                             0:05:44); --headers fields writes the documented
                                             field names and the values as CCC sent them, for scripts
  sim       [--port N] [--seed N]            run the CCC simulator (the built-in demo) until stopped
  profiles list                              the saved profiles (AccessKey IDs masked)
  profiles add --name N [--region ID | --endpoint URL] [--instances ID,ID] [--sts-token] [--access-key-id ID]
               [--time-zone ZONE]
                                             save a profile; the AccessKey ID, the secret and with
                                             --sts-token the token are read from a prompt (the secret
                                             and token hidden) or from stdin, one per line in that
                                             order; --access-key-id gives the ID instead, but other
                                             users can see it in the process list; its instances
                                             keep their days in ZONE (default: the region's)
  profiles remove NAME                       delete a profile and its keychain entry
  profiles import-aliyun-cli [PATH]          import AK/StsToken profiles from ~/.aliyun/config.json

Options:
  --json            print exactly one JSON document (the normalised Data; for queues, agents,
                    queue-report and agent-report the array of rows or buckets) on stdout
  --endpoint URL    CCC endpoint, e.g. http://127.0.0.1:8080 (default: the region's host)
  --region ID       region, default cn-shanghai (or ALIBABA_CLOUD_REGION_ID)
  --profile NAME    use a saved profile (see "profiles list")
  --demo            use a built-in simulator instead of credentials (instances: {demoInstances})
  --lang LOCALE     zh-CN or en-US: the language of messages, tables, this help and the
                    headings of snapshot files
                    (default: from LC_ALL, LC_MESSAGES, LANG)
  -h, --help        show this help

T is epoch milliseconds, an ISO 8601 date (that day's midnight) or date-time; a date or a time
without an offset is read in the zone the instance keeps its days in (the profile's, else its
region's) or in --time-zone ZONE, and the tables print times in that zone. --from defaults to
today's midnight there and --to to now; --to is exclusive. Ranges longer than one call allows are
split for you; data older than 180 days cannot be served.

Credentials come from --profile (secrets in the OS keychain), else ALIBABA_CLOUD_ACCESS_KEY_ID,
ALIBABA_CLOUD_ACCESS_KEY_SECRET and the optional ALIBABA_CLOUD_SECURITY_TOKEN. Profiles are shared
with the app (folder: CCC_SUPERVISOR_DATA_DIR or the app's data folder). A secret is never taken
as an argument, where other users and shell history could see it.
Exit status: 0 success, 1 the call failed, 2 bad usage, 3 snapshot --out cannot be written (not a
folder, no permission, a read-only file system), 130 stopped by SIGINT (Ctrl-C), 143 by SIGTERM.
A missing --out folder is created, parents included; a stopped or failed snapshot keeps no file.`

const ZH_HELP = `用法：ccc-supervisor <命令> [选项]

命令：
  instance  --instance ID                    实例详情、管理员和号码（GetInstance）
  realtime  --instance ID                    实时坐席和通话（GetRealtimeInstanceStates）
  summary   --instance ID                    今日零点以来汇总（GetInstanceSummaryReportSinceMidnight）
  interval  --instance ID --interval Daily|Hourly [--from T] [--to T] [--time-zone ZONE]
                                             时段报表（ListIntervalInstanceReport）
  trend     --instance ID [--from T] [--to T] [--time-zone ZONE]
                                             趋势报表（GetInstanceTrendingReport）
  queues    --instance ID                    各技能组的实时状态，排队来电最多的在前
                                             （ListRealtimeSkillGroupStates，读取每一页），以
                                             显示名称命名（ListSkillGroups）
  agents    --instance ID [--skill-group ID] [--state S,S] [--query TEXT]
                                             各坐席的实时状态，处于当前状态最久的在前
                                             （ListRealtimeAgentStates，读取每一页）；--state 可取
                                             {states}；
                                             --query 匹配姓名、ID 或分机号
  queue-report --instance ID [--from T] [--to T] [--skill-group ID] [--time-zone ZONE]
                                             各技能组在该时间范围内的数据，附合计行
                                             （ListHistoricalSkillGroupReport，读取每一页）
  queue-report --instance ID --skill-group ID --interval Daily|Hourly [--from T] [--to T]
                                             单个技能组的分段数据（ListIntervalSkillGroupReport）
  agent-report --instance ID [--from T] [--to T] [--skill-group ID] [--agent ID,ID] [--time-zone ZONE]
                                             各坐席在该时间范围内的数据，附合计行；给出
                                             --skill-group 时只含该组的成员和通话
                                             （ListHistoricalAgentReport，读取每一页）
  agent-report --instance ID --agent ID --interval Daily|Hourly [--from T] [--to T]
                                             单个坐席的分段数据（ListIntervalAgentReport）
  snapshot  --instance ID --out DIR [--from T] [--to T] [--interval Daily|Hourly]
            [--format json,xlsx,csv,html] [--time-zone ZONE] [--reports queues,agents]
            [--headers words|fields]
                                             导出离线快照：详情、管理员和号码列表、实时状态、
                                             技能组和坐席状态、今日零点以来汇总、时段和趋势报表；
                                             其中的时间按实例计日所用的时区（配置的时区，否则为
                                             其地域的时区）显示，或按 ZONE（IANA 名称，例如
                                             Europe/London）显示；--reports 另加同一时段的
                                             技能组报表和坐席报表；CSV 和 XLSX 的表头为 --lang
                                             语言的指标名称，枚举值为文字，CSV 中的比率和时长
                                             按界面显示（6.3%、0:05:44）；--headers fields 则
                                             写出文档中的字段名和 CCC 返回的原始值，供脚本使用
  sim       [--port N] [--seed N]            运行 CCC 模拟器（内置演示），直到被停止
  profiles list                              已保存的配置（AccessKey ID 已脱敏）
  profiles add --name N [--region ID | --endpoint URL] [--instances ID,ID] [--sts-token] [--access-key-id ID]
               [--time-zone ZONE]
                                             保存配置；AccessKey ID、密钥以及（给出 --sts-token 时）
                                             令牌从提示处读取（密钥和令牌不回显），或从标准输入
                                             按此顺序每行一个读取；也可用 --access-key-id 给出
                                             ID，但其他用户能在进程列表中看到它；其实例按
                                             ZONE 计日（默认：地域的时区）
  profiles remove NAME                       删除配置及其钥匙串条目
  profiles import-aliyun-cli [PATH]          从 ~/.aliyun/config.json 导入 AK/StsToken 配置

选项：
  --json            在标准输出上只打印一个 JSON 文档（规范化后的 Data；queues、agents、
                    queue-report 和 agent-report 为行或分段的数组）
  --endpoint URL    CCC 接入点，例如 http://127.0.0.1:8080（默认：地域的主机）
  --region ID       地域，默认 cn-shanghai（或 ALIBABA_CLOUD_REGION_ID）
  --profile NAME    使用已保存的配置（参见“profiles list”）
  --demo            使用内置模拟器而非凭据（实例：{demoInstances}）
  --lang LOCALE     zh-CN 或 en-US：消息、表格、此帮助及快照文件标题所用的语言
                    （默认取自 LC_ALL、LC_MESSAGES、LANG）
  -h, --help        显示此帮助

T 为毫秒时间戳、ISO 8601 日期（当天零点）或日期时间；不带时差的日期或时间按实例计日所用的
时区（配置的时区，否则为其地域的时区）或 --time-zone ZONE 解读，表格中的时间也按该时区显示。
--from 默认为该时区今天零点，--to 默认为现在；--to 不含在内。超出单次调用所允许的范围会自动
拆分；早于 180 天的数据无法提供。

凭据来自 --profile（密钥保存在系统钥匙串中），否则来自 ALIBABA_CLOUD_ACCESS_KEY_ID、
ALIBABA_CLOUD_ACCESS_KEY_SECRET 和可选的 ALIBABA_CLOUD_SECURITY_TOKEN。配置与应用共用
（文件夹：CCC_SUPERVISOR_DATA_DIR 或应用的数据文件夹）。密钥从不作为参数接收，因为其他用户
和命令行历史都能看到参数。
退出状态：0 成功，1 调用失败，2 用法错误，3 snapshot --out 无法写入（不是文件夹、没有权限、
只读文件系统），130 被 SIGINT（Ctrl-C）停止，143 被 SIGTERM 停止。
不存在的 --out 文件夹会被创建（含上级文件夹）；被停止或失败的快照不会留下文件。`

export const EN_CLI_TEXTS = {
  help: EN_HELP,
  // Tables
  'table.metric': 'Metric',
  'table.field': 'Field',
  'table.value': 'Value',
  'table.start': 'Start ({zone})',
  'table.total': 'Total',
  'table.noData': 'No data in this range.',
  'table.noRows': 'No rows.',
  'table.id': 'ID',
  'instance.status': 'Status:      {status}',
  'instance.domain': 'Domain:      {domain}',
  'instance.description': 'Description: {description}',
  'instance.console': 'Console:     {url}',
  'instance.counts': 'Admins: {admins}   Numbers: {numbers} ({active} active)',
  'instance.admin': 'Admin',
  'instance.login': 'Login',
  'instance.extension': 'Extension',
  'instance.role': 'Role',
  'instance.workMode': 'Work mode',
  'instance.number': 'Number',
  'instance.usage': 'Usage',
  'instance.active': 'Active',
  'instance.location': 'Location',
  'instance.skillGroups': 'Skill groups',
  'instance.yes': 'yes',
  'instance.no': 'no',
  'realtime.title': 'Real-time state of {instanceId}',
  'summary.title': 'Since midnight, {instanceId} (as of {timestamp}, instance time)',
  'summary.inbound': 'Inbound',
  'summary.outbound': 'Outbound',
  'summary.overall': 'Overall',
  // Report columns: the main figures of the interval, queue and agent reports
  'column.offered': 'Offered',
  'column.handled': 'Handled',
  'column.abandoned': 'Abandoned',
  'column.handleRate': 'Handle rate',
  'column.serviceLevel20': 'SL 20s',
  'column.averageWait': 'Avg wait',
  'column.averageTalk': 'Avg talk',
  'column.dialed': 'Dialed',
  'column.answered': 'Answered',
  'column.occupancy': 'Occupancy',
  'column.handledIn': 'Handled in',
  'column.answeredOut': 'Answered out',
  'column.firstCheckIn': 'First check-in',
  'column.lastCheckOut': 'Last check-out',
  'column.loggedIn': 'Logged in',
  'column.ready': 'Ready',
  'column.talking': 'Talking',
  'column.acw': 'ACW',
  'column.break': 'Break',
  'column.skillGroup': 'Skill group',
  'column.agent': 'Agent',
  'trend.inTotal': 'In total',
  'trend.queued': 'Queued',
  'trend.abandonedIvr': 'Aband. IVR',
  'trend.abandonedQueue': 'Aband. queue',
  'trend.abandonedRinging': 'Aband. ringing',
  'trend.outTotal': 'Out total',
  // queues
  'queues.none': 'No skill groups.',
  'queues.waiting': 'Waiting',
  'queues.longestWait': 'Longest wait',
  'queues.total': 'Total',
  'queues.breakCodes': 'Break codes',
  // agents
  'agents.none': 'No agents match.',
  'agents.state': 'State',
  'agents.inState': 'In state',
  'agents.breakCode': 'Break code',
  'agents.callType': 'Call type',
  'agents.extension': 'Extension',
  'agents.skillGroups': 'Skill groups',
  'agents.counts': '{count} agents: {counts}. Time in state {clock}.',
  'agents.stateCount': '{state} {count}',
  'list.separator': ', ',
  'agents.cccClock': "on CCC's clock",
  'agents.localClock': "on this computer's clock (CCC sent no usable Date)",
  // Notes and progress on stderr
  'note.namesUnreadable': "note: the skill groups' display names could not be read; showing CCC's SkillGroupName.",
  'note.namesUnreadableCode': "note: the skill groups' display names could not be read (code: {code}); showing CCC's SkillGroupName.",
  'note.interruptedNone': 'note: an earlier export into {dir} was interrupted before it finished ({stem}); it had written no file.',
  'note.interruptedOne': 'note: an earlier export into {dir} was interrupted before it finished ({stem}); its 1 incomplete file was removed.',
  'note.interruptedMany': 'note: an earlier export into {dir} was interrupted before it finished ({stem}); its {removed} incomplete files were removed.',
  stopped: 'stopped by {signal}.',
  stoppedSnapshot: 'stopped by {signal}; no file of this export was kept.',
  'progress.calls': 'fetching {done}/{total} calls…',
  'progress.step': '{step}: {done}/{total}',
  'step.instance': 'instance',
  'step.realtime': 'realtime',
  'step.summary': 'summary',
  'step.skillGroups': 'skillGroups',
  'step.agents': 'agents',
  'step.interval': 'interval',
  'step.trend': 'trend',
  'step.skillGroupNames': 'skill-group names',
  'step.queueReport': 'queue report',
  'step.agentReport': 'agent report',
  unexpected: 'error: an unexpected error occurred.',
  // profiles
  'profiles.none': 'No profiles yet. Add one with "profiles add" or "profiles import-aliyun-cli".',
  'profiles.name': 'Name',
  'profiles.accessKeyId': 'AccessKey ID',
  'profiles.destination': 'Region / endpoint',
  'profiles.instances': 'Instances',
  'profiles.secret': 'Secret',
  'profiles.keychain': 'keychain',
  'profiles.sessionOnly': 'this session only',
  'profiles.saved': 'Saved profile "{name}" ({accessKeyId}); its secret is in the OS keychain.',
  'profiles.removed': 'Removed profile "{name}" and its keychain entry.',
  'profiles.imported': 'imported  {name} ({accessKeyId}, {region})',
  'profiles.skipped': 'skipped   {name} [{mode}]: {reason}',
  'profiles.emptyConfig': 'The configuration has no profiles.',
  'prompt.accessKeyId': 'AccessKey ID: ',
  'prompt.secret': 'AccessKey secret: ',
  'prompt.stsToken': 'STS token: ',
  // sim
  'sim.listening': 'CCC simulator listening on {url} (seed {seed})',
  'sim.instances': 'Instances: {instances}',
  'sim.credentials': "Demo credentials (the simulator's only key; not a real AccessKey):",
  'sim.try': 'Try: {command}',
  'sim.stop': 'Press Ctrl-C to stop.'
} as const

export type CliTextKey = keyof typeof EN_CLI_TEXTS

export const ZH_CLI_TEXTS: Record<CliTextKey, string> = {
  help: ZH_HELP,
  'table.metric': '指标',
  'table.field': '字段',
  'table.value': '值',
  'table.start': '开始时间（{zone}）',
  'table.total': '合计',
  'table.noData': '此时间范围内没有数据。',
  'table.noRows': '没有数据行。',
  'table.id': 'ID',
  'instance.status': '状态：    {status}',
  'instance.domain': '域名：    {domain}',
  'instance.description': '描述：    {description}',
  'instance.console': '控制台：  {url}',
  'instance.counts': '管理员：{admins}   号码：{numbers}（{active} 个已启用）',
  'instance.admin': '管理员',
  'instance.login': '登录名',
  'instance.extension': '分机号',
  'instance.role': '角色',
  'instance.workMode': '工作模式',
  'instance.number': '号码',
  'instance.usage': '用途',
  'instance.active': '已启用',
  'instance.location': '归属地',
  'instance.skillGroups': '技能组',
  'instance.yes': '是',
  'instance.no': '否',
  'realtime.title': '{instanceId} 的实时状态',
  'summary.title': '{instanceId} 今日零点以来（截至 {timestamp}，实例时间）',
  'summary.inbound': '呼入',
  'summary.outbound': '呼出',
  'summary.overall': '总体',
  'column.offered': '呼入总量',
  'column.handled': '已接听',
  'column.abandoned': '放弃量',
  'column.handleRate': '接听率',
  'column.serviceLevel20': '服务水平（20 秒）',
  'column.averageWait': '平均等待',
  'column.averageTalk': '平均通话',
  'column.dialed': '外呼总量',
  'column.answered': '已接通',
  'column.occupancy': '占用率',
  'column.handledIn': '呼入接听',
  'column.answeredOut': '外呼接通',
  'column.firstCheckIn': '首次签入',
  'column.lastCheckOut': '最后签出',
  'column.loggedIn': '登录',
  'column.ready': '就绪',
  'column.talking': '通话中',
  'column.acw': '话后处理',
  'column.break': '小休',
  'column.skillGroup': '技能组',
  'column.agent': '坐席',
  'trend.inTotal': '呼入总量',
  'trend.queued': '排队量',
  'trend.abandonedIvr': 'IVR 放弃',
  'trend.abandonedQueue': '排队放弃',
  'trend.abandonedRinging': '振铃放弃',
  'trend.outTotal': '外呼总量',
  'queues.none': '没有技能组。',
  'queues.waiting': '排队中',
  'queues.longestWait': '最长等待',
  'queues.total': '总数',
  'queues.breakCodes': '小休原因',
  'agents.none': '没有符合条件的坐席。',
  'agents.state': '状态',
  'agents.inState': '状态时长',
  'agents.breakCode': '小休原因',
  'agents.callType': '呼叫类型',
  'agents.extension': '分机号',
  'agents.skillGroups': '技能组',
  'agents.counts': '{count} 名坐席：{counts}。状态时长{clock}。',
  'agents.stateCount': '{state} {count}',
  'list.separator': '、',
  'agents.cccClock': '按联络中心的时钟计算',
  'agents.localClock': '按本机时钟计算（CCC 未发送可用的 Date）',
  'note.namesUnreadable': '注意：无法读取技能组的显示名称；改为显示 CCC 的 SkillGroupName。',
  'note.namesUnreadableCode': '注意：无法读取技能组的显示名称（错误码: {code}）；改为显示 CCC 的 SkillGroupName。',
  'note.interruptedNone': '注意：之前导出到 {dir} 的任务未完成即被中断（{stem}）；它没有写出文件。',
  'note.interruptedOne': '注意：之前导出到 {dir} 的任务未完成即被中断（{stem}）；其 1 个不完整的文件已删除。',
  'note.interruptedMany': '注意：之前导出到 {dir} 的任务未完成即被中断（{stem}）；其 {removed} 个不完整的文件已删除。',
  stopped: '已被 {signal} 停止。',
  stoppedSnapshot: '已被 {signal} 停止；此次导出的文件均未保留。',
  'progress.calls': '正在调用 {done}/{total}…',
  'progress.step': '{step}：{done}/{total}',
  'step.instance': '实例',
  'step.realtime': '实时状态',
  'step.summary': '今日汇总',
  'step.skillGroups': '技能组',
  'step.agents': '坐席',
  'step.interval': '时段报表',
  'step.trend': '趋势报表',
  'step.skillGroupNames': '技能组名称',
  'step.queueReport': '技能组报表',
  'step.agentReport': '坐席报表',
  unexpected: '错误：发生了意外错误。',
  'profiles.none': '还没有配置。请用“profiles add”或“profiles import-aliyun-cli”添加。',
  'profiles.name': '名称',
  'profiles.accessKeyId': 'AccessKey ID',
  'profiles.destination': '地域 / 接入点',
  'profiles.instances': '实例',
  'profiles.secret': '密钥',
  'profiles.keychain': '钥匙串',
  'profiles.sessionOnly': '仅本次会话',
  'profiles.saved': '已保存配置“{name}”（{accessKeyId}）；其密钥在系统钥匙串中。',
  'profiles.removed': '已删除配置“{name}”及其钥匙串条目。',
  'profiles.imported': '已导入  {name}（{accessKeyId}，{region}）',
  'profiles.skipped': '已跳过  {name} [{mode}]：{reason}',
  'profiles.emptyConfig': '该配置文件中没有配置。',
  'prompt.accessKeyId': 'AccessKey ID：',
  'prompt.secret': 'AccessKey 密钥：',
  'prompt.stsToken': 'STS 令牌：',
  'sim.listening': 'CCC 模拟器正在监听 {url}（种子 {seed}）',
  'sim.instances': '实例：{instances}',
  'sim.credentials': '演示凭据（模拟器唯一的密钥；不是真实的 AccessKey）：',
  'sim.try': '试试：{command}',
  'sim.stop': '按 Ctrl-C 停止。'
}

export const CLI_TEXTS: Readonly<Record<ErrorLocale, Readonly<Record<CliTextKey, string>>>> = { 'en-US': EN_CLI_TEXTS, 'zh-CN': ZH_CLI_TEXTS }

/** A CLI text in `locale`, its parameters filled. */
export type CliSay = (key: CliTextKey, params?: TextParams) => string

export const cliTexts = (locale: ErrorLocale): CliSay => (key, params) => fillText(CLI_TEXTS[locale][key], params)

/** The progress line of a snapshot's step. */
export const STEP_KEYS: Readonly<Record<SnapshotStep, CliTextKey>> = {
  instance: 'step.instance',
  realtime: 'step.realtime',
  summary: 'step.summary',
  skillGroups: 'step.skillGroups',
  agents: 'step.agents',
  interval: 'step.interval',
  trend: 'step.trend',
  skillGroupNames: 'step.skillGroupNames',
  queueReport: 'step.queueReport',
  agentReport: 'step.agentReport'
}
