/** Typed access to a parsed row's field values. */
import type { Money } from '../cells';

export type Fields = Record<string, unknown>;

export const text = (fields: Fields, name: string): string | undefined =>
  typeof fields[name] === 'string' ? fields[name] : undefined;

export const num = (fields: Fields, name: string): number | undefined =>
  typeof fields[name] === 'number' ? fields[name] : undefined;

export const date = (fields: Fields, name: string): Date | undefined =>
  fields[name] instanceof Date ? fields[name] : undefined;

export const money = (fields: Fields, name: string): Money | undefined => {
  const value = fields[name] as Money | undefined;
  return value && typeof value.amount === 'number' ? value : undefined;
};

export const bool = (fields: Fields, name: string): boolean | undefined =>
  typeof fields[name] === 'boolean' ? fields[name] : undefined;

export const list = (fields: Fields, name: string): string[] | undefined =>
  Array.isArray(fields[name]) ? (fields[name] as string[]) : undefined;
