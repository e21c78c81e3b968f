/**
 * The dark theme, built from the dark styles of the components the app uses. naive-ui's ready-made
 * `darkTheme` imports every component's styles (some 90 of them), and that alone put most of
 * naive-ui into the first page's download. A component missing here would render light in the
 * dark theme: test/build/dark-theme.spec.ts checks every component the app imports.
 */
import {
  alertDark,
  autoCompleteDark,
  buttonDark,
  buttonGroupDark,
  cardDark,
  checkboxDark,
  commonDark,
  dataTableDark,
  datePickerDark,
  descriptionsDark,
  dialogDark,
  emptyDark,
  formDark,
  inputDark,
  inputNumberDark,
  layoutDark,
  menuDark,
  messageDark,
  modalDark,
  popoverDark,
  progressDark,
  radioDark,
  resultDark,
  scrollbarDark,
  selectDark,
  spinDark,
  switchDark,
  tagDark,
  tooltipDark,
  type GlobalTheme
} from 'naive-ui'
// Not re-exported by naive-ui's index.
import { skeletonDark } from 'naive-ui/es/skeleton/styles/dark'

export const appDarkTheme: GlobalTheme = {
  name: 'dark',
  common: commonDark,
  Alert: alertDark,
  AutoComplete: autoCompleteDark,
  Button: buttonDark,
  ButtonGroup: buttonGroupDark,
  Card: cardDark,
  Checkbox: checkboxDark,
  DataTable: dataTableDark,
  DatePicker: datePickerDark,
  Descriptions: descriptionsDark,
  Dialog: dialogDark,
  Empty: emptyDark,
  Form: formDark,
  Input: inputDark,
  InputNumber: inputNumberDark,
  Layout: layoutDark,
  Menu: menuDark,
  Message: messageDark,
  Modal: modalDark,
  Popover: popoverDark,
  Progress: progressDark,
  Radio: radioDark,
  Result: resultDark,
  // The agent board's virtual list draws naive-ui's own scrollbar.
  Scrollbar: scrollbarDark,
  Select: selectDark,
  Skeleton: skeletonDark,
  Spin: spinDark,
  Switch: switchDark,
  Tag: tagDark,
  Tooltip: tooltipDark
}
