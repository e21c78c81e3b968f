/**
 * The application menu's words, in the two languages the app speaks. Main has no vue-i18n: this
 * small table is the menu's own catalogue, and a spec checks both languages fill every label.
 */
import type { UiLocale } from '../../shared/ipc/contract'

/** The page's languages: the one it tells main (`setUiLanguage`) has a table here. */
export type MenuLocale = UiLocale

export interface MenuMessages {
  file: string
  export: string
  openSnapshot: string
  close: string
  quit: string
  edit: string
  undo: string
  redo: string
  cut: string
  copy: string
  paste: string
  selectAll: string
  view: string
  reload: string
  fullScreen: string
  zoomIn: string
  zoomOut: string
  resetZoom: string
  window: string
  minimize: string
  help: string
  documentation: string
  apiReference: string
  console: string
  about: string
  hide: string
  hideOthers: string
  showAll: string
}

export const MENU_MESSAGES: Readonly<Record<MenuLocale, MenuMessages>> = Object.freeze({
  'en-US': {
    file: '&File',
    export: 'Export…',
    openSnapshot: 'Open Snapshot…',
    close: 'Close Window',
    quit: 'Quit CCC Supervisor',
    edit: '&Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: '&View',
    reload: 'Reload (development only)',
    fullScreen: 'Full Screen',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    resetZoom: 'Actual Size',
    window: '&Window',
    minimize: 'Minimize',
    help: '&Help',
    documentation: 'Cloud Contact Center Documentation',
    apiReference: 'CCC API Reference',
    console: 'Open the CCC Console',
    about: 'About CCC Supervisor',
    hide: 'Hide CCC Supervisor',
    hideOthers: 'Hide Others',
    showAll: 'Show All'
  },
  'zh-CN': {
    file: '文件(&F)',
    export: '导出…',
    openSnapshot: '打开快照…',
    close: '关闭窗口',
    quit: '退出 CCC Supervisor',
    edit: '编辑(&E)',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    view: '视图(&V)',
    reload: '重新加载（仅开发版）',
    fullScreen: '全屏',
    zoomIn: '放大',
    zoomOut: '缩小',
    resetZoom: '实际大小',
    window: '窗口(&W)',
    minimize: '最小化',
    help: '帮助(&H)',
    documentation: '云联络中心文档',
    apiReference: '云联络中心 API 参考',
    console: '打开云联络中心控制台',
    about: '关于 CCC Supervisor',
    hide: '隐藏 CCC Supervisor',
    hideOthers: '隐藏其他',
    showAll: '全部显示'
  }
})

/**
 * The OS's language (`app.getLocale()`) as one of the app's: any Chinese is zh-CN, the rest English.
 * The menu and dialogs are in it until the page says which language it shows (shell-language.ts).
 */
export function menuLocale(appLocale: string): MenuLocale {
  return /^zh\b/i.test(appLocale) ? 'zh-CN' : 'en-US'
}

/** Help links per language; every one must pass the external-link allow-list. */
export const HELP_LINKS: Readonly<Record<MenuLocale, { documentation: string; apiReference: string; console: string }>> = Object.freeze({
  'en-US': {
    documentation: 'https://www.alibabacloud.com/help/en/ccc/',
    apiReference: 'https://api.aliyun.com/product/CCC',
    console: 'https://ccc-v2.aliyun.com/'
  },
  'zh-CN': {
    documentation: 'https://help.aliyun.com/zh/ccc/',
    apiReference: 'https://api.aliyun.com/product/CCC',
    console: 'https://ccc-v2.aliyun.com/'
  }
})
