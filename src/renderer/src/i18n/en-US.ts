/**
 * English text. The shape of this file is the message schema: zh-CN must have every key.
 * vue-i18n syntax: {name} is a parameter, "a | b" chooses by count, a literal @ or | needs {'@'}.
 */
export default {
  app: {
    title: 'CCC Supervisor',
    skipToContent: 'Skip to content'
  },
  languageName: {
    'en-US': 'English',
    'zh-CN': '中文'
  },
  source: {
    demo: 'Demo',
    profile: 'Profile',
    environment: 'Environment'
  },
  sourceHint: {
    demo: 'Simulated contact center data served on this computer; no Alibaba Cloud account is used.',
    profile: 'Live data from Alibaba Cloud, signed with this profile’s AccessKey.',
    environment: 'Live data from Alibaba Cloud, using the ALIBABA_CLOUD_* variables main was started with.'
  },
  nav: {
    label: 'Main navigation',
    overview: 'Overview',
    realtime: 'Real-time',
    reports: 'Reports',
    reportsInterval: 'Interval report',
    reportsTrend: 'Trend',
    reportsQueues: 'Skill group report',
    reportsAgents: 'Agent report',
    realtimeQueues: 'Skill groups',
    realtimeAgents: 'Agents',
    realtimeToday: 'Today so far',
    profiles: 'Profiles',
    snapshots: 'Snapshots',
    needsInstance: 'Pick an instance first',
    collapse: 'Collapse the menu',
    expand: 'Expand the menu'
  },
  topBar: {
    instance: 'Instance',
    instancePlaceholder: 'Pick an instance',
    noInstances: 'No instances in this session',
    region: 'Region',
    endpoint: 'Endpoint',
    switchLanguage: 'Language: {current}. Switch to {next}',
    theme: {
      system: 'Theme: follow the system',
      light: 'Theme: light',
      dark: 'Theme: dark',
      next: 'Press to change to: {next}'
    },
    themeShort: {
      system: 'Auto',
      light: 'Light',
      dark: 'Dark'
    },
    help: 'Keyboard shortcuts (?)'
  },
  shortcuts: {
    title: 'Keyboard shortcuts',
    refresh: 'Refresh the figures of this page',
    wallboard: 'Full-screen wallboard (real-time page)',
    search: 'Search the phone numbers (overview page)',
    help: 'Show this help',
    escape: 'Leave full screen; close a dialog',
    tab: 'Move between controls; Enter or Space activates one',
    tabKeys: 'Tab / Shift+Tab',
    note: 'Single-key shortcuts are ignored while you type in a field.'
  },
  common: {
    retry: 'Retry',
    refresh: 'Refresh',
    cancel: 'Cancel',
    close: 'Close',
    copy: 'Copy',
    copied: 'Copied',
    copiedRows: 'Copied {n} rows with a header row | Copied {n} row with a header row | Copied {n} rows with a header row',
    copyFailed: 'Could not copy: {message}',
    textsFailed: 'This page’s texts could not be loaded: the app’s files may be damaged.',
    loading: 'Loading…',
    missing: '—',
    yes: 'Yes',
    no: 'No',
    any: 'Any',
    seconds: '{n} s'
  },
  error: {
    code: 'Code',
    message: 'Message',
    requestId: 'Request ID',
    apiMessage: 'CCC said',
    sessionFailed: 'Could not read the session from the app',
    unknownInstance: {
      others: 'Instances this profile watches:',
      none: 'This profile watches no other instance.',
      editProfile: 'Check the instance IDs in the profile'
    }
  },
  profiles: {
    title: 'Profiles',
    intro: 'A profile is an AccessKey and the CCC instances it watches. Secrets are kept in the OS keychain (or for this session only) and are never shown again.',
    add: 'Add profile',
    addTitle: 'New profile',
    editTitle: 'Edit profile “{name}”',
    listTitle: 'Saved profiles',
    empty: 'No saved profiles yet.',
    emptyHint: 'Add one with a read-only AccessKey, or import from the aliyun CLI.',
    loadFailed: 'Could not list the profiles',
    inUse: 'In use',
    instanceCount: 'no instances | {n} instance | {n} instances',
    storage: {
      keychain: 'OS keychain',
      session: 'Session only'
    },
    sts: 'STS token',
    customEndpoint: 'Custom endpoint',
    secretNeeded: 'Secret needed',
    secretNeededHint: 'This session-only secret was forgotten when the app quit: edit the profile and enter it again.',
    actions: {
      test: 'Test',
      activate: 'Use',
      edit: 'Edit',
      delete: 'Delete'
    },
    deleteConfirm: {
      title: 'Delete the profile “{name}”?',
      body: 'Its AccessKey is removed from the keychain. This cannot be undone.',
      confirm: 'Delete'
    },
    saved: 'Profile “{name}” saved',
    savedInUse: 'Profile “{name}” saved. Use it again to apply the changes to this session.',
    deleted: 'Profile “{name}” deleted',
    deleteFailed: 'Could not delete “{name}”',
    activated: 'Now using “{name}”',
    activateFailed: 'Could not switch to “{name}”',
    noInstancesToOpen: 'Switched to “{name}”, which watches no instance yet: edit it to add one.'
  },
  demo: {
    name: 'Demo',
    title: 'Try the built-in demo',
    body: 'A simulated contact center running on this computer, with realistic agents, queues and reports. No Alibaba Cloud account is needed.',
    start: 'Start the demo',
    welcomeTitle: 'Welcome to CCC Supervisor',
    welcomeBody: 'Watch your Alibaba Cloud Contact Center instances live: agents, queues and service level. Start with the demo, or add a profile with a read-only AccessKey.',
    inUse: 'The demo is in use',
    startFailed: 'Could not start the demo'
  },
  keychain: {
    label: 'OS keychain',
    available: 'OS keychain available: secrets are stored there.',
    title: 'The OS keychain cannot be used',
    states: {
      available: 'Available',
      locked: 'Locked',
      'no-service': 'No keychain service',
      'no-session-bus': 'No session bus',
      denied: 'Access denied',
      'library-missing': 'Keychain library missing',
      error: 'Error'
    },
    fix: 'How to fix it',
    recheck: 'Check again',
    useSession: 'Keep secrets for this session only',
    sessionHint: 'Session-only secrets stay in memory and are forgotten when the app quits; nothing is written to disk.',
    loadFailed: 'Could not check the OS keychain'
  },
  profileForm: {
    name: 'Name',
    namePlaceholder: 'e.g. Shanghai production',
    accessKeyId: 'AccessKey ID',
    accessKeyIdPlaceholder: 'LTAI…',
    accessKeyIdKeep: 'Leave empty to keep {masked}',
    secret: 'AccessKey secret',
    secretPlaceholder: 'Paste the secret',
    secretKeep: 'Leave empty to keep the stored secret',
    secretNote: 'The secret goes to main once and is never shown again.',
    secretAgain: 'Another region or endpoint: enter this profile’s secret again to move it.',
    token: 'STS token (optional)',
    tokenPlaceholder: 'Only for temporary credentials',
    tokenKeep: 'Leave empty to keep the stored token',
    removeToken: 'Remove the stored STS token',
    region: 'Region',
    regionHelp: 'Pick a region or type its ID.',
    endpoint: 'Custom endpoint (optional)',
    endpointPlaceholder: 'https://ccc.cn-shanghai.aliyuncs.com',
    endpointHelp: 'Only for a proxy or a test server. Leave empty to use the region’s endpoint.',
    instances: 'Instance IDs',
    instancesPlaceholder: 'Type an ID and press Enter; paste several separated by commas',
    instancesHelp: 'As shown in the CCC console, for example ccc-test or a UUID.',
    removeInstance: 'Remove {id}',
    timeZones: 'Time zone of each instance',
    timeZonesHelp: 'The zone CCC keeps the instance’s days in: its reports’ days and “since midnight”.',
    timeZoneFromRegion: 'From region ({zone})',
    timeZoneFor: 'Time zone of {id}',
    storage: 'Where the secret is kept',
    storageKeychain: 'OS keychain (recommended)',
    storageSession: 'This session only',
    save: 'Save',
    cancel: 'Cancel',
    saveFailed: 'The profile was not saved',
    invalidSummary: 'Check the highlighted fields.',
    errors: {
      nameRequired: 'Enter a name for the profile.',
      nameTooLong: 'A name is at most 64 characters.',
      nameControl: 'A name cannot contain control characters.',
      accessKeyIdRequired: 'Enter the AccessKey ID.',
      accessKeyIdFormat: 'An AccessKey ID is 8–128 letters, digits, “.”, “_” or “-”.',
      secretRequired: 'Enter the AccessKey secret.',
      secretFormat: 'A secret is at most 256 characters, without spaces or non-ASCII characters.',
      secretForNewKey: 'A new AccessKey ID needs its secret too.',
      secretForgotten: 'The session-only secret was forgotten: enter the AccessKey ID and secret again.',
      secretForDestination: 'Moving the profile to another region or endpoint needs its AccessKey secret again.',
      tokenFormat: 'An STS token has no spaces or non-ASCII characters.',
      regionRequired: 'Pick or type a region.',
      regionFormat: 'A region ID looks like cn-shanghai.',
      endpointFormat: 'The endpoint must be an http(s) address without a path, such as https://ccc.cn-shanghai.aliyuncs.com.',
      instanceIdsRequired: 'Add at least one instance ID to watch.',
      instanceIdFormat: 'Not an instance ID: {ids}. An ID is 1–64 letters, digits, “-” or “_”.',
      instanceIdsTooMany: 'A profile watches at most 50 instances.',
      timeZoneFormat: 'Not an IANA time zone: {ids}. Pick one from the list, such as Asia/Shanghai.',
      keychainUnavailable: 'The OS keychain cannot be used right now: choose “This session only”.'
    }
  },
  regions: {
    'cn-shanghai': 'China East 2 (Shanghai)',
    'cn-hangzhou': 'China East 1 (Hangzhou)',
    'cn-beijing': 'China North 2 (Beijing)',
    'cn-shenzhen': 'China South 1 (Shenzhen)',
    'ap-southeast-1': 'Singapore',
    'ap-southeast-5': 'Indonesia (Jakarta)',
    'ap-northeast-1': 'Japan (Tokyo)',
    'eu-central-1': 'Germany (Frankfurt)',
    'us-west-1': 'US (Silicon Valley)'
  },
  connectionTest: {
    title: 'Connection test',
    running: 'Testing the connection…',
    summary: '{ok} of {total} instances answered',
    ok: 'Connected',
    failed: 'Failed',
    latency: '{ms} ms',
    couldNotRun: 'The test could not run'
  },
  import: {
    title: 'Import profiles',
    intro: 'Read AccessKeys from the aliyun CLI’s config file or from the ALIBABA_CLOUD_* environment variables. Imported profiles still need instance IDs.',
    aliyunCli: 'From the aliyun CLI',
    environment: 'From environment variables',
    storage: 'Keep imported secrets in',
    imported: 'Imported',
    skipped: 'Skipped',
    nothing: 'Nothing was imported.',
    failed: 'The import failed',
    reportTitle: 'Import report',
    mode: 'mode {mode}'
  },
  overview: {
    title: 'Overview',
    loading: 'Loading the instance…',
    failed: 'Could not load this instance',
    notInSession: 'This instance is not one of the session’s instances; it is read with the credentials in use.',
    details: {
      title: 'Instance',
      name: 'Name',
      id: 'Instance ID',
      status: 'Status',
      domain: 'Domain',
      description: 'Description',
      aliyunUid: 'Alibaba Cloud account ID',
      console: 'Open in the CCC console',
      consoleFailed: 'The CCC console could not be opened',
      copyId: 'Copy the instance ID'
    },
    search: 'Search',
    count: '{shown} of {total}',
    copyRows: 'Copy rows',
    copyRowsHint: 'Copy the rows shown, as tab-separated text with a header row',
    noMatch: 'No row matches the search and filters.',
    admins: {
      title: 'Administrators',
      search: 'Search administrators',
      empty: 'This instance lists no administrators.'
    },
    numbers: {
      title: 'Phone numbers',
      search: 'Search numbers, places, flows, skill groups… (/)',
      empty: 'This instance lists no phone numbers.',
      active: 'Active',
      inactive: 'Inactive',
      anyStatus: 'Status: any',
      filterActive: 'Status',
      filterUsage: 'Usage',
      filterProvince: 'Province',
      filterCity: 'City',
      clearFilters: 'Clear filters',
      copyNumber: 'Copy {number}'
    },
    columns: {
      DisplayName: 'Name',
      LoginName: 'Login name',
      Email: 'Email',
      Mobile: 'Mobile',
      Extension: 'Extension',
      RoleName: 'Role',
      WorkMode: 'Work mode',
      Number: 'Number',
      Active: 'Status',
      Usage: 'Usage',
      Province: 'Province',
      City: 'City',
      ContactFlowId: 'Contact flow',
      UserId: 'User ID',
      SkillGroups: 'Skill groups'
    },
    sortBy: 'Sort by {column}'
  },
  exportDialog: {
    unavailable: 'Export… works on an instance’s pages: open its overview, wallboard or a report first.',
    open: 'Export…',
    openHint: 'Save this instance’s lists, live state and figures as files that open without a network',
    exporting: 'Exporting {percent}%',
    title: 'Export snapshot',
    included: 'What is included',
    includes: {
      details: 'Instance details, administrators and phone numbers',
      live: 'Live state at the moment of export',
      summary: 'Summary since midnight',
      interval: '{granularity} interval report, {start} – {end}',
      trend: 'Trend report, {start} – {end}',
      queueReport: 'Skill group report, {start} – {end}',
      agentReport: 'Agent report, {start} – {end}'
    },
    zone: 'Times in {zone}, the instance’s zone.',
    formats: 'Formats',
    format: {
      json: 'JSON (reopens in the app)',
      csv: 'CSV (one file per table)',
      xlsx: 'Excel workbook',
      html: 'HTML report',
      pdf: 'PDF report'
    },
    formatRequired: 'Choose at least one format.',
    scope: 'Instances',
    scopeInstance: 'This instance ({id})',
    scopeSession: 'All {n} instances of this session',
    language: 'Language of the files',
    languageHint: 'Titles, headings, column headers, states and roles as words, totals rows and yes/no; names and IDs stay as CCC sent them.',
    spreadsheets: 'CSV and XLSX headers',
    forScripts: 'CSV and XLSX for scripts',
    forScriptsHint: 'Column headers are the documented field names (Inbound.CallsOffered) and values stay as CCC sent them (0.063, 344, RUNNING).',
    forScriptsNone: 'Only CSV and XLSX files have headers to choose: pick one of them above.',
    folderHint: 'You choose the folder next.',
    export: 'Export',
    cancel: 'Cancel export',
    close: 'Close',
    starting: 'Waiting for the folder…',
    progress: 'Instance {index} of {count} ({id}): {phase}',
    phase: {
      fetch: 'fetching from CCC…',
      write: 'writing files…'
    },
    cancelling: 'Cancelling; removing the files written so far…',
    keepsRunning: 'Closing this dialog does not stop the export: it keeps running and tells you when it ends.',
    done: 'Saved {n} files in | Saved {n} file in | Saved {n} files in',
    saved: 'Saved {count} files in {folder}',
    cancelled: 'Export cancelled; no files were kept.',
    interrupted: 'An earlier export into this folder was interrupted before it finished ({sets}): what it had written was removed, so no incomplete set is left.',
    failed: 'Could not export the snapshot'
  },
  realtime: {
    trail: 'Today so far: highest {max} at {time}',
    title: 'Real-time',
    loading: 'Loading the live figures…',
    failed: 'Could not load the live figures',
    lastUpdated: 'Updated {time}',
    zoneTime: '{time} ({zone})',
    machineTime: '{time} on this computer ({zone})',
    ago: '{n} s ago',
    never: 'Not updated yet',
    refreshNow: 'Refresh now (R)',
    refreshing: 'Refreshing…',
    refreshPeriod: 'Auto-refresh',
    periodOff: 'Off',
    periodSeconds: '{n} s',
    autoOff: 'Auto-refresh is off',
    paused: 'Paused while the window is hidden',
    wallboard: 'Wallboard (F)',
    wallboardExit: 'Leave the wallboard (Esc)',
    stale: 'Stale',
    staleSince: 'Last good figures from {time}',
    staleNever: 'No figures yet',
    staleOutdated: 'The computer slept or the window was hidden: refreshing…',
    staleRetry: 'Refreshing again automatically.',
    agents: 'Agents',
    queue: 'Queue',
    levels: {
      ok: 'OK',
      warn: 'Warning',
      alert: 'Alert'
    },
    limitAbove: '≥ {limit}',
    limitBelow: '< {limit}',
    summary: {
      title: 'Today since midnight',
      inbound: 'Inbound',
      outbound: 'Outbound',
      overall: 'Overall',
      // The summary's Timestamp is the report's date (日期), not when it was taken.
      reportDate: 'Since midnight of {date}',
      over100: 'Above 100 %: shown as the API reported it',
      empty: 'No summary yet.'
    },
    thresholds: {
      title: 'Thresholds',
      intro: 'They colour the tiles of this instance and are saved on this computer.',
      warn: 'Warning',
      alert: 'Alert',
      above: 'at or above',
      below: 'below',
      reset: 'Reset to defaults',
      inverted: 'The warning limit should be reached before the alert limit.',
      off: 'Empty switches the level off.',
      // What an empty field shows: the level is off (naive-ui's own "Please Input" said nothing).
      unset: 'Off',
      units: {
        WaitingCalls: 'calls',
        LongestWaitingTime: 'seconds',
        ServiceLevel20: '%'
      }
    },
    watch: {
      title: 'Watch more instances',
      placeholder: 'Other instances',
      none: 'The session lists no other instance.'
    },
    others: {
      title: 'Other instances',
      show: 'Open {id} on the wallboard'
    }
  },
  reports: {
    interval: {
      title: 'Interval report',
      intro: 'Daily or hourly figures of the instance (source: the ListIntervalInstanceReport API).'
    },
    trend: {
      title: 'Trend',
      intro: 'Call volumes over time, up to 180 days back (source: the GetInstanceTrendingReport API).',
      bucket: 'One point per {width}'
    },
    queue: {
      title: 'Skill group report',
      intro: 'One row per skill group over the range (source: the ListHistoricalSkillGroupReport API).',
      subject: 'Skill group',
      tableTitle: 'Figures by skill group'
    },
    agent: {
      title: 'Agent report',
      intro: 'One row per agent over the range, every page read (source: the ListHistoricalAgentReport API).',
      subject: 'Agent',
      tableTitle: 'Figures by agent'
    },
    subjectId: 'ID: {id}',
    top: {
      title: 'Top {n} by {metric}',
      label: 'Bar chart: the {n} with the most {metric}'
    },
    stop: 'Stop',
    stopped: 'Loading was stopped. Refresh to load the report again.',
    granularity: {
      label: 'Granularity',
      Daily: 'Daily',
      Hourly: 'Hourly'
    },
    presets: {
      label: 'Range',
      today: 'Today',
      yesterday: 'Yesterday',
      last7Days: 'Last 7 days',
      thisMonth: 'This month',
      last30Days: 'Last 30 days',
      last90Days: 'Last 90 days',
      last180Days: 'Last 180 days',
      custom: 'Custom'
    },
    customRange: 'Custom range',
    rangeStart: 'Start',
    rangeEnd: 'End',
    timeZone: 'Time zone',
    timesIn: 'Times in {zone} ({offset})',
    zoneInstance: '{zone} (instance)',
    zoneMachine: '{zone} (this computer)',
    served: '{start} – {end}',
    endClamped: 'The end is in the future: the report stops now.',
    groups: {
      label: 'Calls',
      Inbound: 'Inbound',
      Outbound: 'Outbound',
      Overall: 'Overall',
      Back2Back: 'Agent-first outbound',
      Internal: 'Internal'
    },
    metricPicker: 'Metrics in the chart',
    metricPickerPlaceholder: 'Pick metrics to chart',
    comparePrevious: 'Compare with the previous period',
    previousSuffix: ' (previous period)',
    previousUnavailable: 'The previous period is not shown: {message}',
    progress: '{done} of {total}',
    progressLabel: 'Loading the report: call {done} of {total}',
    loading: 'Loading the report…',
    failed: 'Could not load the report',
    rangeRefused: 'This range cannot be shown',
    empty: 'No data in this range.',
    pickRange: 'Pick a start and an end for the custom range.',
    noMetrics: 'Pick at least one metric to draw the chart.',
    chart: {
      copy: 'Copy data',
      copyHint: 'Copy the chart’s figures as tab-separated text with a header row',
      save: 'Save picture',
      saved: 'Picture saved',
      saveFailed: 'Could not save the picture: {message}',
      label: 'Chart of {metrics}'
    },
    axes: {
      count: 'Calls',
      rate: 'Rate',
      duration: 'Duration',
      score: 'Score'
    },
    units: {
      count: '',
      rate: ' (%)',
      duration: ' (s)',
      score: ''
    },
    columns: {
      button: 'Columns ({shown} of {total})',
      label: 'Columns of the table',
      main: 'Main metrics',
      more: 'More metrics',
      reset: 'Main metrics only',
      all: 'Show all'
    },
    table: {
      title: 'Figures by bucket',
      time: 'Time',
      totals: 'Total',
      previousTotals: 'Previous period',
      over100: 'Above 100 %: shown as the API reported it',
      noTotal: 'Cannot be recomputed from the buckets'
    },
    width: {
      minutes: '{n} min',
      hours: '{n} h',
      days: '{n} d'
    },
    zoneNotes: {
      summaryDate: 'The since-midnight summary is of {reportDate}, but it is {zoneDate} in {zone}, the time zone set for this instance: CCC keeps this instance’s days in another zone, so “today” here is not {zone}’s today.',
      dayBoundaries: 'The daily figures’ days start at {time} in {zone}, not at midnight: CCC keeps this instance’s days in another zone than the one set for it, so each day is labelled by the date it starts on in {zone}.',
      fix: 'Set the instance’s time zone in its profile.'
    },
    rangeNotes: {
      startTrimmed: 'CCC keeps reports for 180 days: shown from {served}, not from {asked} as asked.',
      bucketWiderDaily: 'Daily figures cover whole days: these are for {covered}, more than the {asked} asked for.',
      bucketWiderHourly: 'Hourly figures cover whole hours: these are for {covered}, more than the {asked} asked for.',
      showHourly: 'Show hourly'
    },
    rollup: {
      label: 'Points',
      none: 'As served ({width})',
      hour: 'Hourly',
      day: 'Daily',
      hint: 'Long ranges are drawn hour by hour or day by day: counts added up, rates recomputed from them.'
    }
  },
  /** What a figure's hint says besides its definition. */
  metricInfo: {
    windows: {
      live: 'Live',
      sinceMidnight: 'Since midnight, in the instance’s day',
      range: 'Over the report’s range'
    },
    units: {
      count: 'count',
      seconds: 'seconds',
      ratio: 'rate',
      percent: 'percentage',
      score: 'score',
      epochMs: 'time'
    },
    detail: '{window} · {unit} · from {source}',
    sinceMidnight: 'since midnight'
  },
  // ListRealtimeAgentStates' State, one per src/shared/ccc/agent-states.ts AGENT_STATES
  alerts: {
    // The window title led by the count of figures in alert.
    windowTitle: '({n}) {title}',
    log: {
      title: 'Alert log',
      zone: 'Times in {zone}',
      empty: 'No figure has reached its alert level yet.',
      label: 'Alerts of this instance, newest first',
      what: 'Figure',
      began: 'Began',
      peak: 'Peak',
      duration: 'Lasted',
      cleared: 'Cleared',
      queue: '{figure} · {queue}',
      agent: 'Time in state · {agent} ({state})',
      alerting: 'In alert',
      unseen: 'Not seen since {time}',
      // It had cleared when the figures came back after an outage: when exactly is not known.
      clearedUnseen: 'By {time} (not seen from {since})',
      atLeast: 'at least {duration}',
      actions: 'Notifications',
      forFigure: '{action}: {figure}',
      snooze: 'Snooze {n} min',
      snoozeHours: 'Snooze {n} h',
      snoozed: 'Snoozed until {time}',
      unsnooze: 'Resume',
      mute: 'Mute',
      unmute: 'Unmute',
      muted: 'Muted'
    },
    export: {
      button: 'Export CSV…',
      saved: 'Alert log saved: {path}',
      failed: 'Could not save the alert log',
      limit: 'Limit',
      peakAt: 'Peak at',
      status: 'State',
      lastSeen: 'Last seen',
      told: 'Notified',
      reminders: 'Reminders',
      unseen: 'Not seen since last seen',
      cleared: 'Cleared',
      clearedUnseen: 'Cleared while not seen',
      notified: 'Notified',
      snoozed: 'Snoozed'
    },
    notice: {
      begin: 'In alert · {figure}: {value}',
      reminder: 'Still in alert · {figure}: {value}',
      many: '{n} figures in alert',
      instance: '{name} ({id})',
      body: '{where} · alert at {limit}'
    },
    settings: {
      label: 'Alert notifications',
      notify: 'Notify',
      sound: 'Sound',
      reminder: 'Remind again after',
      never: 'Never',
      minutes: '{n} min',
      mute: 'Mute instance',
      snoozeAll: 'Snooze all for 1 h',
      snoozedAll: 'All snoozed until {time}',
      resumeAll: 'Resume',
      allow: 'Allow notifications',
      denied: 'The browser blocks notifications for this page: allow them in its site settings.',
      unsupported: 'This browser shows no notifications; the window title still counts the alerts.',
      hidden: 'Figures keep refreshing while the window is hidden.'
    }
  },
  boards: {
    queues: {
      trail: '{name}, today so far: highest {max} waiting at {time}',
      openPage: 'Open the skill-group board',
      title: 'Skill groups',
      label: 'Skill groups, live',
      loading: 'Loading the skill groups…',
      failed: 'Could not load the skill groups',
      empty: 'This instance has no skill groups.',
      allHidden: 'Every skill group is hidden.',
      columns: {
        today: 'Today so far',
        name: 'Skill group',
        waitingCalls: 'Waiting',
        longestWait: 'Longest wait',
        loggedIn: 'Logged in',
        ready: 'Ready',
        talking: 'Talking',
        acw: 'After-call work',
        onBreak: 'On break',
        total: 'Total',
        occupancy: 'Occupancy',
        mine: 'My queues'
      },
      sortBy: 'Sort by {column}',
      occupancyNone: 'Nobody is logged in',
      breakCodes: 'Break reasons',
      openAgents: 'Show the agents of {name}',
      openAgentsCoded: 'Show the agents of {name} ({code})',
      pick: 'Add {name} to my queues',
      unpick: 'Remove {name} from my queues',
      hide: 'Hide {name}',
      moveUp: 'Move {name} up',
      moveDown: 'Move {name} down',
      mineShown: 'My queues: {n}',
      showAll: 'Show every skill group',
      hiddenCount: '{n} hidden',
      showHidden: 'Show the hidden ones',
      thresholds: {
        title: 'Thresholds of a skill group',
        intro: 'A skill group follows the wallboard’s thresholds unless it has its own.',
        group: 'Skill group',
        pickGroup: 'Pick a skill group',
        follows: 'Follows the wallboard',
        own: 'Own thresholds',
        follow: 'Follow the wallboard again'
      }
    },
    agents: {
      openPage: 'Open the agent board',
      title: 'Agents',
      label: 'Agents, live',
      loading: 'Loading the agents…',
      failed: 'Could not load the agents',
      empty: 'This instance has no agents.',
      noMatch: 'No agent matches the filters.',
      count: '{shown} of {total}',
      countsLabel: 'Agents by state',
      columns: {
        name: 'Agent',
        state: 'State',
        timeInState: 'Time in state',
        breakCode: 'Break reason',
        callType: 'Call type',
        extension: 'Extension',
        skillGroups: 'Skill groups'
      },
      search: 'Search name, ID or extension',
      states: 'States',
      group: 'Skill group',
      allGroups: 'All skill groups',
      clearFilters: 'Clear the filters',
      sort: 'Sort',
      sorts: {
        longestInState: 'Longest in state',
        name: 'Name',
        state: 'State'
      },
      filterState: 'Show only {state}',
      clockAhead: 'This computer’s clock is {offset} ahead of the contact center’s. Times in state are corrected for it; the clock should be set right.',
      clockBehind: 'This computer’s clock is {offset} behind the contact center’s. Times in state are corrected for it; the clock should be set right.',
      thresholds: {
        title: 'Time-in-state thresholds',
        intro: 'An agent longer than this in a state is flagged. Saved on this computer.',
        minutes: 'minutes',
        reset: 'Reset to defaults'
      }
    }
  },
  agentStates: {
    Ready: 'Ready',
    Ringing: 'Ringing',
    Dialing: 'Dialing',
    Talking: 'Talking',
    ACW: 'After-call work',
    Break: 'On break',
    Offline: 'Offline'
  },
  // CCC's codes as words come from src/shared/messages/enum-texts.ts (the CLI's too); the code stays on hover and in copies
  enums: {
    /** The hover text of a value the docs do not name, shown as CCC sent it. */
    unknownHint: 'A value the CCC docs do not name, shown as CCC sent it.',
    withCode: '{label} ({code})'
  },
  // src/shared/ccc/refresh-plan.ts: why a live list does not follow the chosen interval
  refreshPlan: {
    slower: {
      instanceStates: 'Live figures refresh every {seconds} s to stay within {limit} calls a minute ({calls} calls per refresh).',
      summary: 'The since-midnight summary refreshes every {seconds} s to stay within {limit} calls a minute ({calls} calls per refresh).',
      skillGroupStates: 'Skill groups refresh every {seconds} s to stay within {limit} calls a minute ({calls} calls per refresh).',
      agentStates: 'Agents refresh every {seconds} s to stay within {limit} calls a minute ({calls} calls per refresh).'
    },
    tooLarge: {
      instanceStates: 'Live figures do not refresh by themselves: one refresh takes {calls} calls, too many for {limit} calls a minute. Refresh by hand, or watch fewer instances.',
      summary: 'The since-midnight summary does not refresh by itself: one refresh takes {calls} calls, too many for {limit} calls a minute. Refresh by hand, or watch fewer instances.',
      skillGroupStates: 'Skill groups do not refresh by themselves: one refresh takes {calls} calls, too many for {limit} calls a minute. Refresh by hand, or watch fewer instances.',
      agentStates: 'Agents do not refresh by themselves: one refresh takes {calls} calls, too many for {limit} calls a minute. Refresh by hand, or filter the list.'
    }
  },
  snapshots: {
    title: 'Snapshots',
    intro: 'Open a snapshot exported by CCC Supervisor and browse it offline: no network and no AccessKey are needed.',
    open: 'Open…',
    openHint: 'Choose a snapshot .json file',
    dropZone: 'Drop a snapshot .json file here',
    chooseFile: 'or choose a file',
    dropOverlay: 'Drop the snapshot to open it',
    dropOverlayHint: 'CCC Supervisor opens the .json snapshots it exports. Esc to cancel.',
    opening: 'Opening the snapshot…',
    failed: {
      open: 'The snapshot could not be opened',
      list: 'The recent snapshots could not be read',
      forget: 'The snapshot could not be removed from the list'
    },
    dismiss: 'Dismiss',
    time: '{time} ({zone})',
    current: {
      title: 'Open now',
      text: '{name} ({id}), taken {time}',
      view: 'View',
      close: 'Close'
    },
    recent: {
      title: 'Recent snapshots',
      empty: 'No snapshots yet. Snapshots you export or open are listed here.',
      loading: 'Loading the recent snapshots',
      takenAt: 'Taken {time}',
      openedAt: 'Last opened {time}',
      openLabel: 'Open the snapshot of {name} taken {time}',
      forget: 'Remove from the list',
      forgetLabel: 'Remove {file} from the recent list (the file itself is kept)'
    },
    banner: {
      label: 'Snapshot',
      text: 'Snapshot of {name} ({id}) taken {time}',
      offline: 'offline, not live',
      profile: 'Profile: {name}',
      close: 'Close snapshot',
      all: 'All snapshots'
    },
    tabs: {
      label: 'Parts of the snapshot',
      overview: 'Overview',
      realtime: 'Real-time',
      interval: 'Interval report',
      trend: 'Trend',
      queues: 'Skill group report',
      agents: 'Agent report'
    },
    realtime: {
      title: 'Real-time figures',
      asOf: 'as of {time}',
      none: 'This snapshot holds no real-time figures.',
      skillGroups: 'Skill groups',
      agents: 'Agents',
      answeredAt: 'as CCC answered at {time}',
      notInFile: 'Not in this file: it was saved by an earlier version of CCC Supervisor, before snapshots held skill groups and agents.'
    },
    report: {
      range: '{start} – {end} ({zone})',
      noInterval: 'This snapshot holds no interval report.',
      noTrend: 'This snapshot holds no trend report.',
      noQueueReport: 'This snapshot holds no skill group report.',
      noAgentReport: 'This snapshot holds no agent report.',
      reportsNotInFile: 'Not in this file: it was saved by an earlier version of CCC Supervisor, before snapshots held skill group and agent reports.'
    }
  },
  notFound: {
    title: 'Page not found',
    body: 'Nothing is at {path}.',
    home: 'Go to the start page',
    badInstance: '“{id}” is not an instance ID.'
  }
}

// The texts are the default export itself, an object literal: the build precompiles only that form
// (see build-renderer.ts), so the schema is named from the module rather than from a variable.
export type MessageSchema = typeof import('./en-US').default
