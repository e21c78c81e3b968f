/** 简体中文文本；键与 en-US 一一对应（类型检查保证不缺）。 */
import type { MessageSchema } from './en-US'

export default {
  app: {
    title: 'CCC 主管控制台',
    skipToContent: '跳到主要内容'
  },
  languageName: {
    'en-US': 'English',
    'zh-CN': '中文'
  },
  source: {
    demo: '演示',
    profile: '配置档案',
    environment: '环境变量'
  },
  sourceHint: {
    demo: '本机提供的模拟联络中心数据，不使用阿里云账号。',
    profile: '使用此配置档案的 AccessKey 获取的阿里云实时数据。',
    environment: '使用主进程启动时 ALIBABA_CLOUD_* 环境变量获取的阿里云实时数据。'
  },
  nav: {
    label: '主导航',
    overview: '概览',
    realtime: '实时监控',
    reports: '报表',
    reportsInterval: '区间报表',
    reportsTrend: '趋势',
    reportsQueues: '技能组报表',
    reportsAgents: '坐席报表',
    realtimeQueues: '技能组',
    realtimeAgents: '坐席',
    realtimeToday: '今日至今',
    profiles: '配置档案',
    snapshots: '快照',
    needsInstance: '请先选择实例',
    collapse: '收起菜单',
    expand: '展开菜单'
  },
  topBar: {
    instance: '实例',
    instancePlaceholder: '选择实例',
    noInstances: '本会话没有实例',
    region: '地域',
    endpoint: '接入点',
    switchLanguage: '语言：{current}。切换到 {next}',
    theme: {
      system: '主题：跟随系统',
      light: '主题：浅色',
      dark: '主题：深色',
      next: '按下切换为：{next}'
    },
    themeShort: {
      system: '自动',
      light: '浅色',
      dark: '深色'
    },
    help: '键盘快捷键（?）'
  },
  shortcuts: {
    title: '键盘快捷键',
    refresh: '刷新本页数据',
    wallboard: '全屏大屏（实时监控页）',
    search: '搜索号码（概览页）',
    help: '显示本帮助',
    escape: '退出全屏；关闭对话框',
    tab: '在控件间移动；回车或空格键执行',
    tabKeys: 'Tab / Shift+Tab',
    note: '在输入框中输入时，单键快捷键不生效。'
  },
  common: {
    retry: '重试',
    refresh: '刷新',
    cancel: '取消',
    close: '关闭',
    copy: '复制',
    copied: '已复制',
    copiedRows: '已复制 {n} 行（含表头）',
    copyFailed: '无法复制：{message}',
    textsFailed: '无法加载此页面的文字：应用文件可能已损坏。',
    loading: '加载中…',
    missing: '—',
    yes: '是',
    no: '否',
    any: '全部',
    seconds: '{n} 秒'
  },
  error: {
    code: '错误码',
    message: '信息',
    requestId: '请求 ID',
    apiMessage: 'CCC 返回的信息',
    sessionFailed: '无法读取应用会话',
    unknownInstance: {
      others: '此配置档案监控的实例：',
      none: '此配置档案没有监控其他实例。',
      editProfile: '检查配置档案中的实例 ID'
    }
  },
  profiles: {
    title: '配置档案',
    intro: '配置档案包含一个 AccessKey 及其监控的 CCC 实例。密钥保存在系统钥匙串中（或仅保存在本次会话中），保存后不再显示。',
    add: '添加配置档案',
    addTitle: '新建配置档案',
    editTitle: '编辑配置档案“{name}”',
    listTitle: '已保存的配置档案',
    empty: '还没有已保存的配置档案。',
    emptyHint: '使用只读 AccessKey 添加一个，或从 aliyun CLI 导入。',
    loadFailed: '无法列出配置档案',
    inUse: '使用中',
    instanceCount: '没有实例 | {n} 个实例 | {n} 个实例',
    storage: {
      keychain: '系统钥匙串',
      session: '仅本次会话'
    },
    sts: 'STS 令牌',
    customEndpoint: '自定义接入点',
    secretNeeded: '需要密钥',
    secretNeededHint: '应用退出后，仅本次会话保存的密钥已被清除：请编辑配置档案并重新输入。',
    actions: {
      test: '测试',
      activate: '使用',
      edit: '编辑',
      delete: '删除'
    },
    deleteConfirm: {
      title: '删除配置档案“{name}”？',
      body: '其 AccessKey 将从钥匙串中删除，且无法恢复。',
      confirm: '删除'
    },
    saved: '已保存配置档案“{name}”',
    savedInUse: '已保存配置档案“{name}”。重新使用它即可让本次会话应用这些更改。',
    deleted: '已删除配置档案“{name}”',
    deleteFailed: '无法删除“{name}”',
    activated: '正在使用“{name}”',
    activateFailed: '无法切换到“{name}”',
    noInstancesToOpen: '已切换到“{name}”，但它还没有监控任何实例：请编辑并添加实例。'
  },
  demo: {
    name: '演示',
    title: '试用内置演示',
    body: '在本机运行的模拟联络中心，包含逼真的坐席、队列和报表数据，无需阿里云账号。',
    start: '启动演示',
    welcomeTitle: '欢迎使用 CCC 主管控制台',
    welcomeBody: '实时查看阿里云联络中心实例：坐席、队列与服务水平。可以先试用演示，或使用只读 AccessKey 添加配置档案。',
    inUse: '正在使用演示',
    startFailed: '无法启动演示'
  },
  keychain: {
    label: '系统钥匙串',
    available: '系统钥匙串可用：密钥将保存在其中。',
    title: '无法使用系统钥匙串',
    states: {
      available: '可用',
      locked: '已锁定',
      'no-service': '没有钥匙串服务',
      'no-session-bus': '没有会话总线',
      denied: '访问被拒绝',
      'library-missing': '缺少钥匙串库',
      error: '错误'
    },
    fix: '解决方法',
    recheck: '重新检查',
    useSession: '仅在本次会话中保存密钥',
    sessionHint: '仅本次会话的密钥只保存在内存中，应用退出后即被清除，不会写入磁盘。',
    loadFailed: '无法检查系统钥匙串'
  },
  profileForm: {
    name: '名称',
    namePlaceholder: '例如：上海生产环境',
    accessKeyId: 'AccessKey ID',
    accessKeyIdPlaceholder: 'LTAI…',
    accessKeyIdKeep: '留空则保留 {masked}',
    secret: 'AccessKey Secret',
    secretPlaceholder: '粘贴密钥',
    secretKeep: '留空则保留已保存的密钥',
    secretNote: '密钥只发送给主进程一次，之后不再显示。',
    secretAgain: '更换了地域或接入点：请重新输入此配置档案的密钥以确认更改。',
    token: 'STS 令牌（可选）',
    tokenPlaceholder: '仅用于临时凭据',
    tokenKeep: '留空则保留已保存的令牌',
    removeToken: '删除已保存的 STS 令牌',
    region: '地域',
    regionHelp: '选择地域或输入地域 ID。',
    endpoint: '自定义接入点（可选）',
    endpointPlaceholder: 'https://ccc.cn-shanghai.aliyuncs.com',
    endpointHelp: '仅用于代理或测试服务器。留空则使用该地域的接入点。',
    instances: '实例 ID',
    instancesPlaceholder: '输入 ID 后按回车；可粘贴以逗号分隔的多个 ID',
    instancesHelp: '与 CCC 控制台中显示的一致，例如 ccc-test 或 UUID。',
    timeZones: '各实例的时区',
    timeZonesHelp: 'CCC 按此时区划分该实例的日期：报表的“天”与“今日零点起”。',
    timeZoneFromRegion: '按地域（{zone}）',
    timeZoneFor: '{id} 的时区',
    removeInstance: '移除 {id}',
    storage: '密钥保存位置',
    storageKeychain: '系统钥匙串（推荐）',
    storageSession: '仅本次会话',
    save: '保存',
    cancel: '取消',
    saveFailed: '配置档案未保存',
    invalidSummary: '请检查标出的字段。',
    errors: {
      nameRequired: '请输入配置档案名称。',
      nameTooLong: '名称最多 64 个字符。',
      nameControl: '名称不能包含控制字符。',
      accessKeyIdRequired: '请输入 AccessKey ID。',
      accessKeyIdFormat: 'AccessKey ID 由 8–128 个字母、数字、“.”、“_”或“-”组成。',
      secretRequired: '请输入 AccessKey Secret。',
      secretFormat: '密钥最多 256 个字符，且不能包含空格或非 ASCII 字符。',
      secretForNewKey: '新的 AccessKey ID 需要同时输入其密钥。',
      secretForgotten: '仅本次会话保存的密钥已被清除：请重新输入 AccessKey ID 和密钥。',
      secretForDestination: '将配置档案改到其他地域或接入点，需要重新输入其 AccessKey 密钥。',
      tokenFormat: 'STS 令牌不能包含空格或非 ASCII 字符。',
      regionRequired: '请选择或输入地域。',
      regionFormat: '地域 ID 形如 cn-shanghai。',
      endpointFormat: '接入点必须是不带路径的 http(s) 地址，例如 https://ccc.cn-shanghai.aliyuncs.com。',
      instanceIdsRequired: '请至少添加一个要监控的实例 ID。',
      instanceIdFormat: '不是有效的实例 ID：{ids}。实例 ID 由 1–64 个字母、数字、“-”或“_”组成。',
      instanceIdsTooMany: '一个配置档案最多监控 50 个实例。',
      timeZoneFormat: '不是 IANA 时区：{ids}。请从列表中选择，例如 Asia/Shanghai。',
      keychainUnavailable: '系统钥匙串当前不可用：请选择“仅本次会话”。'
    }
  },
  regions: {
    'cn-shanghai': '华东 2（上海）',
    'cn-hangzhou': '华东 1（杭州）',
    'cn-beijing': '华北 2（北京）',
    'cn-shenzhen': '华南 1（深圳）',
    'ap-southeast-1': '新加坡',
    'ap-southeast-5': '印度尼西亚（雅加达）',
    'ap-northeast-1': '日本（东京）',
    'eu-central-1': '德国（法兰克福）',
    'us-west-1': '美国（硅谷）'
  },
  connectionTest: {
    title: '连接测试',
    running: '正在测试连接…',
    summary: '{total} 个实例中 {ok} 个有响应',
    ok: '已连接',
    failed: '失败',
    latency: '{ms} 毫秒',
    couldNotRun: '无法进行测试'
  },
  import: {
    title: '导入配置档案',
    intro: '从 aliyun CLI 配置文件或 ALIBABA_CLOUD_* 环境变量读取 AccessKey。导入的配置档案仍需填写实例 ID。',
    aliyunCli: '从 aliyun CLI 导入',
    environment: '从环境变量导入',
    storage: '导入的密钥保存在',
    imported: '已导入',
    skipped: '已跳过',
    nothing: '没有导入任何配置档案。',
    failed: '导入失败',
    reportTitle: '导入结果',
    mode: '模式 {mode}'
  },
  overview: {
    title: '概览',
    loading: '正在加载实例…',
    failed: '无法加载该实例',
    notInSession: '该实例不在当前会话的实例列表中；将使用当前凭据读取。',
    details: {
      title: '实例',
      name: '名称',
      id: '实例 ID',
      status: '状态',
      domain: '域名',
      description: '描述',
      aliyunUid: '阿里云账号 ID',
      console: '在 CCC 控制台中打开',
      consoleFailed: '无法打开 CCC 控制台',
      copyId: '复制实例 ID'
    },
    search: '搜索',
    count: '{shown} / {total}',
    copyRows: '复制行',
    copyRowsHint: '以制表符分隔的文本复制当前显示的行（含表头）',
    noMatch: '没有符合搜索和筛选条件的行。',
    admins: {
      title: '管理员',
      search: '搜索管理员',
      empty: '该实例没有管理员。'
    },
    numbers: {
      title: '号码',
      search: '搜索号码、地区、联系流程、技能组…（/）',
      empty: '该实例没有号码。',
      active: '已启用',
      inactive: '未启用',
      anyStatus: '状态：全部',
      filterActive: '状态',
      filterUsage: '用途',
      filterProvince: '省份',
      filterCity: '城市',
      clearFilters: '清除筛选',
      copyNumber: '复制 {number}'
    },
    columns: {
      DisplayName: '姓名',
      LoginName: '登录名',
      Email: '邮箱',
      Mobile: '手机',
      Extension: '分机',
      RoleName: '角色',
      WorkMode: '工作模式',
      Number: '号码',
      Active: '状态',
      Usage: '用途',
      Province: '省份',
      City: '城市',
      ContactFlowId: '联系流程',
      UserId: '用户 ID',
      SkillGroups: '技能组'
    },
    sortBy: '按“{column}”排序'
  },
  exportDialog: {
    unavailable: '导出…仅在实例页面可用：请先打开实例的概览、实时监控或报表页面。',
    open: '导出…',
    openHint: '将该实例的列表、实时状态和统计数据保存为可离线打开的文件',
    exporting: '正在导出 {percent}%',
    title: '导出快照',
    included: '包含内容',
    includes: {
      details: '实例详情、管理员和电话号码',
      live: '导出时的实时状态',
      summary: '今日（零点起）汇总',
      interval: '区间报表（{granularity}），{start} – {end}',
      trend: '趋势报表，{start} – {end}',
      queueReport: '技能组报表，{start} – {end}',
      agentReport: '坐席报表，{start} – {end}'
    },
    zone: '时间按实例所在时区 {zone} 显示。',
    formats: '格式',
    format: {
      json: 'JSON（可在应用中重新打开）',
      csv: 'CSV（每张表一个文件）',
      xlsx: 'Excel 工作簿',
      html: 'HTML 报告',
      pdf: 'PDF 报告'
    },
    formatRequired: '请至少选择一种格式。',
    scope: '实例',
    scopeInstance: '当前实例（{id}）',
    scopeSession: '本会话的全部 {n} 个实例',
    language: '文件语言',
    languageHint: '报告标题、各表标题、列名、状态与角色等文字、合计行及是/否；名称与 ID 保持 CCC 返回的原样。',
    spreadsheets: 'CSV 和 XLSX 表头',
    forScripts: '供脚本使用的 CSV 和 XLSX',
    forScriptsHint: '列名为文档中的字段名（Inbound.CallsOffered），数值保持 CCC 返回的原样（0.063、344、RUNNING）。',
    forScriptsNone: '只有 CSV 和 XLSX 文件有表头可选：请在上方选择其中之一。',
    folderHint: '下一步选择保存的文件夹。',
    export: '导出',
    cancel: '取消导出',
    close: '关闭',
    starting: '正在等待选择文件夹…',
    progress: '第 {index} / {count} 个实例（{id}）：{phase}',
    phase: {
      fetch: '正在从 CCC 获取数据…',
      write: '正在写入文件…'
    },
    cancelling: '正在取消，并删除已写入的文件…',
    keepsRunning: '关闭此对话框不会停止导出：导出将继续进行，结束时会通知您。',
    done: '已保存 {n} 个文件到',
    saved: '已在 {folder} 保存 {count} 个文件',
    cancelled: '导出已取消，未保留任何文件。',
    interrupted: '此文件夹中先前有一次导出未完成就被中断（{sets}）：它已写入的文件已删除，不会留下不完整的文件组。',
    failed: '无法导出快照'
  },
  realtime: {
    trail: '今日至今：最高 {max}，于 {time}',
    title: '实时监控',
    loading: '正在加载实时数据…',
    failed: '无法加载实时数据',
    lastUpdated: '更新于 {time}',
    zoneTime: '{time}（{zone}）',
    machineTime: '本机 {time}（{zone}）',
    ago: '{n} 秒前',
    never: '尚未更新',
    refreshNow: '立即刷新（R）',
    refreshing: '正在刷新…',
    refreshPeriod: '自动刷新',
    periodOff: '关闭',
    periodSeconds: '{n} 秒',
    autoOff: '自动刷新已关闭',
    paused: '窗口隐藏时暂停刷新',
    wallboard: '大屏（F）',
    wallboardExit: '退出大屏（Esc）',
    stale: '数据已过时',
    staleSince: '显示的是 {time} 的最后一次有效数据',
    staleNever: '尚无数据',
    staleOutdated: '电脑曾休眠或窗口曾隐藏：正在刷新…',
    staleRetry: '将自动重新刷新。',
    agents: '坐席',
    queue: '队列',
    levels: {
      ok: '正常',
      warn: '警告',
      alert: '告警'
    },
    limitAbove: '≥ {limit}',
    limitBelow: '< {limit}',
    summary: {
      title: '今日（自零点起）',
      inbound: '呼入',
      outbound: '呼出',
      overall: '整体',
      reportDate: '{date} 零点起',
      over100: '超过 100%：按接口返回值显示',
      empty: '暂无汇总数据。'
    },
    thresholds: {
      title: '阈值',
      intro: '用于为该实例的指标着色，保存在本机。',
      warn: '警告',
      alert: '告警',
      above: '达到或超过',
      below: '低于',
      reset: '恢复默认值',
      inverted: '警告阈值应先于告警阈值达到。',
      off: '留空则关闭该级别。',
      unset: '关闭',
      units: {
        WaitingCalls: '通',
        LongestWaitingTime: '秒',
        ServiceLevel20: '%'
      }
    },
    watch: {
      title: '同时监控其他实例',
      placeholder: '本会话的其他实例',
      none: '本会话没有其他实例。'
    },
    others: {
      title: '其他实例',
      show: '在大屏上打开 {id}'
    }
  },
  reports: {
    interval: {
      title: '区间报表',
      intro: '实例按天或按小时的指标（数据来源：ListIntervalInstanceReport 接口）。'
    },
    trend: {
      title: '趋势',
      intro: '随时间变化的话务量，最多回溯 180 天（数据来源：GetInstanceTrendingReport 接口）。',
      bucket: '每 {width} 一个点'
    },
    queue: {
      title: '技能组报表',
      intro: '范围内每个技能组一行（数据来源：ListHistoricalSkillGroupReport 接口）。',
      subject: '技能组',
      tableTitle: '各技能组指标'
    },
    agent: {
      title: '坐席报表',
      intro: '范围内每个坐席一行，读取全部分页（数据来源：ListHistoricalAgentReport 接口）。',
      subject: '坐席',
      tableTitle: '各坐席指标'
    },
    subjectId: 'ID：{id}',
    top: {
      title: '按{metric}排名前 {n}',
      label: '柱状图：{metric}最多的 {n} 个'
    },
    stop: '停止',
    stopped: '已停止加载。刷新即可重新加载报表。',
    granularity: {
      label: '粒度',
      Daily: '按天',
      Hourly: '按小时'
    },
    presets: {
      label: '时间范围',
      today: '今天',
      yesterday: '昨天',
      last7Days: '最近 7 天',
      thisMonth: '本月',
      last30Days: '最近 30 天',
      last90Days: '最近 90 天',
      last180Days: '最近 180 天',
      custom: '自定义'
    },
    customRange: '自定义范围',
    rangeStart: '开始',
    rangeEnd: '结束',
    timeZone: '时区',
    timesIn: '时间按 {zone}（{offset}）显示',
    zoneInstance: '{zone}（实例）',
    zoneMachine: '{zone}（本机）',
    served: '{start} – {end}',
    endClamped: '结束时间在未来：报表截至当前时间。',
    groups: {
      label: '话务',
      Inbound: '呼入',
      Outbound: '外呼',
      Overall: '总体',
      Back2Back: '坐席优先外呼',
      Internal: '内部通话'
    },
    metricPicker: '图表指标',
    metricPickerPlaceholder: '选择要绘制的指标',
    comparePrevious: '与上一周期对比',
    previousSuffix: '（上一周期）',
    previousUnavailable: '未显示上一周期：{message}',
    progress: '{done} / {total}',
    progressLabel: '正在加载报表：第 {done} 次调用，共 {total} 次',
    loading: '正在加载报表…',
    failed: '无法加载报表',
    rangeRefused: '无法显示此时间范围',
    empty: '此时间范围内没有数据。',
    pickRange: '请为自定义范围选择开始和结束时间。',
    noMetrics: '请至少选择一个指标以绘制图表。',
    chart: {
      copy: '复制数据',
      copyHint: '以制表符分隔的文本（含表头）复制图表数据',
      save: '保存图片',
      saved: '图片已保存',
      saveFailed: '无法保存图片：{message}',
      label: '{metrics} 的图表'
    },
    axes: {
      count: '通话量',
      rate: '比率',
      duration: '时长',
      score: '评分'
    },
    units: {
      count: '',
      rate: '（%）',
      duration: '（秒）',
      score: ''
    },
    columns: {
      button: '列（{shown} / {total}）',
      label: '表格的列',
      main: '主要指标',
      more: '更多指标',
      reset: '只看主要指标',
      all: '全部显示'
    },
    table: {
      title: '各时段指标',
      time: '时间',
      totals: '合计',
      previousTotals: '上一周期',
      over100: '超过 100 %：按 API 返回值显示',
      noTotal: '无法根据各时段重新计算'
    },
    width: {
      minutes: '{n} 分钟',
      hours: '{n} 小时',
      days: '{n} 天'
    },
    zoneNotes: {
      summaryDate: '今日零点起的汇总是 {reportDate} 的，而为该实例设置的时区 {zone} 现在是 {zoneDate}：CCC 按另一个时区划分该实例的日期，此处的“今天”并非 {zone} 的今天。',
      dayBoundaries: '按天数据的每一天从 {zone} 的 {time} 开始，而非零点：CCC 按与所设时区不同的时区划分该实例的日期，每天按其在 {zone} 的开始日期标注。',
      fix: '请在该实例的配置中设置其时区。'
    },
    rangeNotes: {
      startTrimmed: 'CCC 仅保留 180 天内的报表：从 {served} 起显示，而非所选的 {asked}。',
      bucketWiderDaily: '按天的数据覆盖整天：这里是 {covered} 的数据，多于所选的 {asked}。',
      bucketWiderHourly: '按小时的数据覆盖整小时：这里是 {covered} 的数据，多于所选的 {asked}。',
      showHourly: '按小时显示'
    },
    rollup: {
      label: '数据点',
      none: '原始粒度（{width}）',
      hour: '按小时',
      day: '按天',
      hint: '长时间范围按小时或按天绘制：计数相加，比率由计数重新计算。'
    }
  },
  metricInfo: {
    windows: {
      live: '实时',
      sinceMidnight: '实例当日零点起',
      range: '报表所选时段'
    },
    units: {
      count: '数量',
      seconds: '秒',
      ratio: '比率',
      percent: '百分比',
      score: '分值',
      epochMs: '时间'
    },
    detail: '{window} · {unit} · 来自 {source}',
    sinceMidnight: '零点起'
  },
  alerts: {
    windowTitle: '({n}) {title}',
    log: {
      title: '告警记录',
      zone: '时间为 {zone}',
      empty: '尚无指标达到告警级别。',
      label: '本实例的告警，最新的在前',
      what: '指标',
      began: '开始',
      peak: '峰值',
      duration: '持续',
      cleared: '解除',
      queue: '{figure} · {queue}',
      agent: '状态时长 · {agent}（{state}）',
      alerting: '告警中',
      unseen: '{time} 后未见数据',
      clearedUnseen: '{time} 前已解除（{since} 后未见数据）',
      atLeast: '至少 {duration}',
      actions: '通知',
      forFigure: '{action}：{figure}',
      snooze: '{n} 分钟内不提醒',
      snoozeHours: '{n} 小时内不提醒',
      snoozed: '{time} 前不提醒',
      unsnooze: '恢复提醒',
      mute: '免打扰',
      unmute: '取消免打扰',
      muted: '免打扰'
    },
    export: {
      button: '导出 CSV…',
      saved: '告警记录已保存：{path}',
      failed: '无法保存告警记录',
      limit: '阈值',
      peakAt: '峰值时间',
      status: '状态',
      lastSeen: '最后所见',
      told: '通知',
      reminders: '提醒次数',
      unseen: '最后所见后未见数据',
      cleared: '已解除',
      clearedUnseen: '未见数据时解除',
      notified: '已通知',
      snoozed: '稍后提醒'
    },
    notice: {
      begin: '告警 · {figure}：{value}',
      reminder: '仍在告警 · {figure}：{value}',
      many: '{n} 项指标告警',
      instance: '{name}（{id}）',
      body: '{where} · 告警阈值 {limit}'
    },
    settings: {
      label: '告警通知',
      notify: '通知',
      sound: '提示音',
      reminder: '仍在告警时再提醒',
      never: '不再提醒',
      minutes: '{n} 分钟',
      mute: '本实例免打扰',
      snoozeAll: '全部 1 小时内不提醒',
      snoozedAll: '{time} 前全部不提醒',
      resumeAll: '恢复提醒',
      allow: '允许通知',
      denied: '浏览器已阻止本页的通知：请在浏览器的网站设置中允许。',
      unsupported: '此浏览器不显示通知；窗口标题仍显示告警数。',
      hidden: '窗口隐藏时指标仍会刷新。'
    }
  },
  boards: {
    queues: {
      trail: '{name} 今日至今：最多 {max} 个排队，于 {time}',
      openPage: '打开技能组看板',
      title: '技能组',
      label: '技能组实时状态',
      loading: '正在加载技能组…',
      failed: '无法加载技能组',
      empty: '该实例没有技能组。',
      allHidden: '所有技能组都已隐藏。',
      columns: {
        today: '今日至今',
        name: '技能组',
        waitingCalls: '排队数',
        longestWait: '最长等待',
        loggedIn: '已签入',
        ready: '就绪',
        talking: '通话中',
        acw: '话后处理',
        onBreak: '小休',
        total: '总数',
        occupancy: '占用率',
        mine: '我的技能组'
      },
      sortBy: '按“{column}”排序',
      occupancyNone: '无人签入',
      breakCodes: '小休原因',
      openAgents: '查看{name}的坐席',
      openAgentsCoded: '查看{name}（{code}）的坐席',
      pick: '将{name}加入我的技能组',
      unpick: '将{name}移出我的技能组',
      hide: '隐藏{name}',
      moveUp: '上移{name}',
      moveDown: '下移{name}',
      mineShown: '我的技能组：{n} 个',
      showAll: '显示全部技能组',
      hiddenCount: '已隐藏 {n} 个',
      showHidden: '重新显示已隐藏的',
      thresholds: {
        title: '技能组阈值',
        intro: '技能组默认沿用大屏的阈值，也可单独设置。',
        group: '技能组',
        pickGroup: '选择技能组',
        follows: '沿用大屏阈值',
        own: '单独设置',
        follow: '恢复沿用大屏阈值'
      }
    },
    agents: {
      openPage: '打开坐席看板',
      title: '坐席',
      label: '坐席实时状态',
      loading: '正在加载坐席…',
      failed: '无法加载坐席',
      empty: '该实例没有坐席。',
      noMatch: '没有符合筛选条件的坐席。',
      count: '{shown} / {total}',
      countsLabel: '各状态坐席数',
      columns: {
        name: '坐席',
        state: '状态',
        timeInState: '状态时长',
        breakCode: '小休原因',
        callType: '呼叫类型',
        extension: '分机号',
        skillGroups: '技能组'
      },
      search: '搜索姓名、ID 或分机号',
      states: '状态',
      group: '技能组',
      allGroups: '全部技能组',
      clearFilters: '清除筛选',
      sort: '排序',
      sorts: {
        longestInState: '状态时长最长',
        name: '姓名',
        state: '状态'
      },
      filterState: '只看{state}',
      clockAhead: '本机时钟比联络中心快 {offset}。状态时长已按此校正，但请校准本机时钟。',
      clockBehind: '本机时钟比联络中心慢 {offset}。状态时长已按此校正，但请校准本机时钟。',
      thresholds: {
        title: '状态时长阈值',
        intro: '坐席处于某状态超过此时长即标出。保存在本机。',
        minutes: '分钟',
        reset: '恢复默认'
      }
    }
  },
  agentStates: {
    Ready: '就绪',
    Ringing: '振铃',
    Dialing: '外呼中',
    Talking: '通话中',
    ACW: '话后处理',
    Break: '小休',
    Offline: '离线'
  },
  // CCC 代码的文字见 src/shared/messages/enum-texts.ts（命令行共用）；代码本身在悬停提示和复制内容中保留
  enums: {
    unknownHint: 'CCC 文档未列出此值，按 CCC 发送的原样显示。',
    withCode: '{label}（{code}）'
  },
  // src/shared/ccc/refresh-plan.ts：实时列表为何不按所选间隔刷新
  refreshPlan: {
    slower: {
      instanceStates: '实时数据每 {seconds} 秒刷新一次，以保持在每分钟 {limit} 次调用以内（每次刷新 {calls} 次调用）。',
      summary: '今日（零点起）汇总每 {seconds} 秒刷新一次，以保持在每分钟 {limit} 次调用以内（每次刷新 {calls} 次调用）。',
      skillGroupStates: '技能组每 {seconds} 秒刷新一次，以保持在每分钟 {limit} 次调用以内（每次刷新 {calls} 次调用）。',
      agentStates: '坐席每 {seconds} 秒刷新一次，以保持在每分钟 {limit} 次调用以内（每次刷新 {calls} 次调用）。'
    },
    tooLarge: {
      instanceStates: '实时数据不会自动刷新：每次刷新需要 {calls} 次调用，超出每分钟 {limit} 次的限额。请手动刷新，或减少监控的实例。',
      summary: '今日（零点起）汇总不会自动刷新：每次刷新需要 {calls} 次调用，超出每分钟 {limit} 次的限额。请手动刷新，或减少监控的实例。',
      skillGroupStates: '技能组不会自动刷新：每次刷新需要 {calls} 次调用，超出每分钟 {limit} 次的限额。请手动刷新，或减少监控的实例。',
      agentStates: '坐席不会自动刷新：每次刷新需要 {calls} 次调用，超出每分钟 {limit} 次的限额。请手动刷新，或筛选列表。'
    }
  },
  snapshots: {
    title: '快照',
    intro: '打开 CCC 主管控制台 导出的快照，离线浏览：无需网络，也无需 AccessKey。',
    open: '打开…',
    openHint: '选择快照 .json 文件',
    dropZone: '将快照 .json 文件拖放到此处',
    chooseFile: '或选择文件',
    dropOverlay: '松开鼠标即可打开快照',
    dropOverlayHint: 'CCC 主管控制台 可打开其导出的 .json 快照。按 Esc 取消。',
    opening: '正在打开快照…',
    failed: {
      open: '无法打开快照',
      list: '无法读取最近的快照',
      forget: '无法从列表中移除快照'
    },
    dismiss: '关闭提示',
    time: '{time}（{zone}）',
    current: {
      title: '当前打开',
      text: '{name}（{id}），生成于 {time}',
      view: '查看',
      close: '关闭'
    },
    recent: {
      title: '最近的快照',
      empty: '暂无快照。导出或打开过的快照会列在这里。',
      loading: '正在加载最近的快照',
      takenAt: '生成于 {time}',
      openedAt: '上次打开于 {time}',
      openLabel: '打开 {name} 生成于 {time} 的快照',
      forget: '从列表中移除',
      forgetLabel: '从最近列表中移除 {file}（文件本身会保留）'
    },
    banner: {
      label: '快照',
      text: '{name}（{id}）的快照，生成于 {time}',
      offline: '离线数据，非实时',
      profile: '配置档案：{name}',
      close: '关闭快照',
      all: '全部快照'
    },
    tabs: {
      label: '快照内容',
      overview: '概览',
      realtime: '实时监控',
      interval: '区间报表',
      trend: '趋势',
      queues: '技能组报表',
      agents: '坐席报表'
    },
    realtime: {
      title: '实时数据',
      asOf: '截至 {time}',
      none: '此快照不含实时数据。',
      skillGroups: '技能组',
      agents: '坐席',
      answeredAt: 'CCC 应答时间 {time}',
      notInFile: '此文件中没有：它由较早版本的 CCC 主管控制台 保存，当时快照尚不包含技能组和坐席。'
    },
    report: {
      range: '{start} – {end}（{zone}）',
      noInterval: '此快照不含区间报表。',
      noTrend: '此快照不含趋势报表。',
      noQueueReport: '此快照不含技能组报表。',
      noAgentReport: '此快照不含坐席报表。',
      reportsNotInFile: '此文件中没有：它由较早版本的 CCC 主管控制台 保存，当时快照尚不包含技能组报表和坐席报表。'
    }
  },
  notFound: {
    title: '页面不存在',
    body: '{path} 处没有内容。',
    home: '返回首页',
    badInstance: '“{id}”不是有效的实例 ID。'
  }
} satisfies MessageSchema
