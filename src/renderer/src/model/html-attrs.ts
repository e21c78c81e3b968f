/**
 * Attributes for elements naive-ui renders for us (the native <input> of NInput, a table row).
 * Its prop types list only standard attributes, so data-testid needs this one cast.
 */
import type { HTMLAttributes, InputHTMLAttributes } from 'vue'

export const inputAttrs = (testid: string, extra: InputHTMLAttributes = {}): InputHTMLAttributes =>
  ({ 'data-testid': testid, ...extra }) as InputHTMLAttributes

export const rowAttrs = (testid: string): HTMLAttributes => ({ 'data-testid': testid }) as HTMLAttributes
