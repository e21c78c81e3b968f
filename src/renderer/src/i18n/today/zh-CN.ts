/** 今日至今页面的文字：与页面一同加载（见 ../page-texts.ts）。 */
import type { TodayTexts } from './en-US'

export default {
  today: {
    title: '今日至今',
    day: '显示的日期',
    todayOption: '今天（{day}）',
    reload: '重新读取当天',
    recorded: '记录于 {from} – {to}，{zone}',
    kept: '本机保存 {count} 天，每天保留 {retention} 天',
    nothingYet: '{day} 尚无记录。实时看板、技能组看板和坐席看板打开期间取得的数据会保存在本机。',
    openWallboard: '打开实时看板',
    notKept: '此版本不保存当天的历史。',
    problem: {
      locked: '当天数据由本机上另一个已打开的 CCC Supervisor 保存：请在那里查看。',
      unavailable: '无法读写本机数据文件夹中的当天数据。'
    },
    cut: '{time} 之前的数据太多，无法一次读取：从该时刻起显示。',
    repaired: '历史数据打开时已损坏并修复：无法读取的部分已丢弃，显示当天其余部分。',
    loadFailed: '无法读取今日至今的数据',
    legend: '灰色：控制台未运行（未取得数据）。红色：按当前设置的阈值处于告警。时间为实例时区。',
    gapLabel: '控制台未运行',
    alertLabel: '告警中',
    panels: {
      agents: '各状态坐席数',
      queues: '各技能组排队通话数'
    },
    limit: '告警阈值 {limit}',
    limitOff: '未设置告警阈值',
    peak: '最高 {value}，于 {time}',
    span: '{from} – {to}',
    inAlert: '告警 {span}',
    alertsLongest: '共 {count} 段告警，按时间列出最长的 {shown} 段；告警时长合计 {total}。',
    queuesPick: '显示的技能组（默认最繁忙的，最多 {max} 个）',
    noQueues: '当天未取得技能组数据：技能组看板打开期间会保存。',
    gapsTitle: '控制台未运行的时段',
    noGaps: '首条与末条记录之间没有间断。',
    chartLabel: '{title}（当天）：{gaps} 处间断，{alerts} 个告警时段',
    forget: '清除历史…',
    forgetTitle: '清除历史？',
    forgetConfirm: '从本机删除所有实例保存的每一天？实时数据和 CCC 自身的报表不受影响。',
    forgetDo: '清除',
    forgotten: '历史已清除：不再保存此前刷新的数据。',
    forgetFailed: '无法清除历史'
  }
} satisfies TodayTexts
