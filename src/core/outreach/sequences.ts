/**
 * The Sequences tab (`Sequence, Step, Variant, Wait days, Template, Segment`; header row 1, columns
 * found by header): one row per step and variant. Step 1 waits its days from enrolment, each later
 * step from when the step before it was sent. A step with one row goes to everyone; a step with
 * variants (A, B, …) gives each creator the template of their variant, so every step with variants
 * in a sequence uses the same letters. The Segment is written once per sequence (any of its rows).
 * A sequence with a problem is left out, and the problem names its row and what to fix.
 */
import { headerColumn } from '../aliases';
import type { Template } from '../followups/templates';
import { SEQUENCES_HEADERS, SEQUENCES_TAB } from '../schema';
import { cleanText, parseInteger } from '../values';
import type { Segment } from './segment';
import { parseSegment } from './segment';
import { templateKey } from './templates';

export interface StepVariant {
  /** 'A', 'B', …; '' for a step with one template. */
  variant: string;
  template: Template;
  /** 1-based sheet row. */
  row: number;
}

export interface SequenceStep {
  step: number;
  /** Whole days: from enrolment for step 1, from the previous step's send for the others. */
  waitDays: number;
  variants: StepVariant[];
}

export interface Sequence {
  name: string;
  steps: SequenceStep[];
  segment: Segment;
  /** The Segment cell as written ('' when blank). */
  segmentText: string;
  /** The letters of its steps with variants, in order; empty when no step has any. */
  arms: string[];
}

export interface SequenceReading {
  sequences: Sequence[];
  problems: string[];
}

export const MAX_WAIT_DAYS = 365;

export const DEFAULT_SEQUENCE_NAME = 'Creator recruitment';

/** One sequence to start with: two openers to test, then two follow-ups in the same thread. */
export function defaultSequenceRows(): (string | number)[][] {
  const name = DEFAULT_SEQUENCE_NAME;
  return [
    [name, 1, 'A', 0, 'Outreach opener A', 'status: prospect'],
    [name, 1, 'B', 0, 'Outreach opener B', ''],
    [name, 2, '', 3, 'Outreach follow-up 1', ''],
    [name, 3, '', 5, 'Outreach follow-up 2', ''],
  ];
}

interface Row {
  row: number;
  sequence: string;
  step: number;
  variant: string;
  waitDays: number;
  template: Template;
  segmentText: string;
}

type Column = (typeof SEQUENCES_HEADERS)[number];

function columnsOf(header: readonly unknown[]): Record<Column, number> | string {
  const found = {} as Record<Column, number>;
  for (const column of SEQUENCES_HEADERS) {
    const index = headerColumn(header, column);
    if (index < 0 && column !== 'Segment' && column !== 'Variant')
      return `The ${SEQUENCES_TAB} tab has no ${column} column: its first row must read ${SEQUENCES_HEADERS.join(', ')}.`;
    found[column] = index;
  }
  return found;
}

const at = (row: readonly unknown[], index: number): unknown => (index < 0 ? '' : row[index]);

function readRow(
  cells: readonly unknown[],
  row: number,
  c: Record<Column, number>,
  templates: ReadonlyMap<string, Template>,
): Row | string {
  const where = `${SEQUENCES_TAB} row ${row}`;
  const sequence = cleanText(at(cells, c.Sequence));
  if (sequence === '') return `${where} has no Sequence name: name the sequence the step belongs to`;
  const step = parseInteger(at(cells, c.Step));
  if (step.value === null || step.value < 1)
    return `${where}: Step "${cleanText(at(cells, c.Step))}" is not a step number: write 1 for the first email, 2 for the first follow-up, …`;
  const variant = cleanText(at(cells, c.Variant)).toUpperCase();
  if (variant !== '' && !/^[A-Z]$/.test(variant))
    return `${where}: Variant "${variant}" is not a letter: write A, B, C…, or leave it blank for a step with one template`;
  const waitText = cleanText(at(cells, c['Wait days']));
  const wait = waitText === '' && step.value === 1 ? { value: 0 } : parseInteger(at(cells, c['Wait days']));
  if (wait.value === null || wait.value < 0 || wait.value > MAX_WAIT_DAYS)
    return `${where}: Wait days "${waitText}" is not a whole number of days: write 0 to ${MAX_WAIT_DAYS}, like 3`;
  const name = cleanText(at(cells, c.Template));
  if (name === '') return `${where} has no Template: name a row of the Templates tab`;
  const template = templates.get(templateKey(name));
  if (!template)
    return `${where}: Template "${name}" is not in the Templates tab: add a row named ${name} there, or fix the name`;
  if (step.value === 1 && template.subject.trim() === '')
    return `${where}: Template "${name}" has no Subject, and a first email needs one: write it in the Templates tab`;
  return {
    row,
    sequence,
    step: step.value,
    variant,
    waitDays: wait.value,
    template,
    segmentText: cleanText(at(cells, c.Segment)),
  };
}

function stepsOf(name: string, rows: readonly Row[]): SequenceStep[] | string {
  const byStep = new Map<number, Row[]>();
  for (const row of rows) byStep.set(row.step, [...(byStep.get(row.step) ?? []), row]);
  const numbers = [...byStep.keys()].sort((a, b) => a - b);
  const gap = numbers.findIndex((n, i) => n !== i + 1);
  if (gap >= 0)
    return `Sequence "${name}" has steps ${numbers.join(', ')}: number them 1, 2, 3… without gaps (step ${gap + 1} is missing)`;
  const steps: SequenceStep[] = [];
  for (const n of numbers) {
    const stepRows = byStep.get(n) as Row[];
    const rowsText = stepRows.map((r) => r.row).join(', ');
    const waits = new Set(stepRows.map((r) => r.waitDays));
    if (waits.size > 1)
      return `Sequence "${name}" step ${n} (rows ${rowsText}) has different Wait days: a step waits once, so give its variants the same number`;
    const letters = stepRows.map((r) => r.variant);
    if (stepRows.length > 1 && letters.includes(''))
      return `Sequence "${name}" step ${n} (rows ${rowsText}) has several rows but not every one names its Variant: write A, B, … on each`;
    if (new Set(letters).size < letters.length)
      return `Sequence "${name}" step ${n} (rows ${rowsText}) repeats a Variant: give each variant its own letter`;
    const variants = stepRows
      .map((r) => ({ variant: stepRows.length > 1 ? r.variant : '', template: r.template, row: r.row }))
      .sort((a, b) => (a.variant < b.variant ? -1 : 1));
    steps.push({ step: n, waitDays: stepRows[0].waitDays, variants });
  }
  return steps;
}

function armsOf(name: string, steps: readonly SequenceStep[]): string[] | string {
  let arms: string[] = [];
  let armsStep = 0;
  for (const step of steps) {
    if (step.variants.length < 2) continue;
    const letters = step.variants.map((v) => v.variant);
    if (armsStep === 0) [arms, armsStep] = [letters, step.step];
    else if (letters.join() !== arms.join())
      return `Sequence "${name}" step ${step.step} has variants ${letters.join(', ')} but step ${armsStep} has ${arms.join(', ')}: a creator keeps one variant through the sequence, so use the same letters`;
  }
  return arms;
}

function sequenceOf(name: string, rows: readonly Row[]): Sequence | string {
  const segments = rows.filter((r) => r.segmentText !== '');
  const distinct = new Set(segments.map((r) => r.segmentText));
  if (distinct.size > 1)
    return `Sequence "${name}" has different Segments on rows ${segments.map((r) => r.row).join(', ')}: write its Segment once, on one row`;
  const segmentText = segments[0]?.segmentText ?? '';
  const segment = parseSegment(segmentText);
  if ('problem' in segment) return `${SEQUENCES_TAB} row ${segments[0].row}: Segment ${segment.problem}`;
  const steps = stepsOf(name, rows);
  if (typeof steps === 'string') return steps;
  const arms = armsOf(name, steps);
  if (typeof arms === 'string') return arms;
  return { name, steps, segment: segment.segment, segmentText, arms };
}

/** The tab's sequences in the order they first appear, and a problem for each row or sequence that cannot run. */
export function readSequences(values: readonly unknown[][], templates: ReadonlyMap<string, Template>): SequenceReading {
  if (values.length === 0) return { sequences: [], problems: [] };
  const columns = columnsOf(values[0]);
  if (typeof columns === 'string') return { sequences: [], problems: [columns] };
  const problems: string[] = [];
  const rowsBySequence = new Map<string, Row[]>();
  const broken = new Set<string>();
  values.slice(1).forEach((cells, i) => {
    if (cells.every((cell) => cleanText(cell) === '')) return;
    const read = readRow(cells, i + 2, columns, templates);
    const name = cleanText(at(cells, columns.Sequence));
    if (typeof read === 'string') {
      problems.push(read);
      broken.add(name.toLowerCase());
    }
    const key = name.toLowerCase();
    if (!rowsBySequence.has(key)) rowsBySequence.set(key, []);
    if (typeof read !== 'string') rowsBySequence.get(key)!.push(read);
  });
  const sequences: Sequence[] = [];
  for (const [key, rows] of rowsBySequence) {
    if (broken.has(key) || rows.length === 0) continue;
    const sequence = sequenceOf(rows[0].sequence, rows);
    if (typeof sequence === 'string') problems.push(sequence);
    else sequences.push(sequence);
  }
  return { sequences, problems };
}

/** The variant of a step a creator in `arm` gets: their own letter where the step has variants, else its one template. */
export function variantFor(step: SequenceStep, arm: string): StepVariant | undefined {
  if (step.variants.length === 1) return step.variants[0];
  return step.variants.find((v) => v.variant === arm);
}
