/**
 * Attributes for elements naive-ui renders for us (the native <input> of NInput, a table row).
 * Its prop types list only standard attributes, so data-testid needs this one cast.
 */
import type { HTMLAttributes, InputHTMLAttributes } from 'vue'

export const inputAttrs = (testid: string, extra: InputHTMLAttributes = {}): InputHTMLAttributes =>
  ({ 'data-testid': testid, ...extra }) as InputHTMLAttributes

export const rowAttrs = (testid: string): HTMLAttributes => ({ 'data-testid': testid }) as HTMLAttributes

/**
 * A field for a whole number: refuses typed or pasted text that is not digits before it reaches
 * the field (naive-ui's number input shows what was typed until it blurs), and asks touch keyboards
 * for digits. A page shortcut pressed inside it (F for full screen) thus types nothing either.
 */
export const wholeNumberAttrs = (testid: string, extra: InputHTMLAttributes = {}): InputHTMLAttributes =>
  inputAttrs(testid, {
    inputmode: 'numeric',
    onBeforeinput: (event: InputEvent) => {
      const text = event.data ?? event.dataTransfer?.getData('text/plain') ?? ''
      if (/\D/.test(text)) event.preventDefault()
    },
    ...extra
  })
