/** A parsed row's field values, and their typed readings. */
import type { Money } from '../cells';

/** A parsed row's values by field name: what templates and small readers keep of a row. */
export type Fields = Record<string, unknown>;

// Each reads one parsed field value: undefined when the cell was blank or unreadable, or the field has no column.

export const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

export const num = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

export const date = (value: unknown): Date | undefined => (value instanceof Date ? value : undefined);

export const money = (value: unknown): Money | undefined =>
  value && typeof (value as Money).amount === 'number' ? (value as Money) : undefined;

export const bool = (value: unknown): boolean | undefined => (typeof value === 'boolean' ? value : undefined);

export const list = (value: unknown): string[] | undefined => (Array.isArray(value) ? (value as string[]) : undefined);
