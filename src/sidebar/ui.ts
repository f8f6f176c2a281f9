/**
 * What every panel does the same way: errors in the panel's alert box, results brought into view and
 * focused, confirmations said in the live region, buttons busy while their call runs, and the links
 * that select a cell or a row in the sheet.
 */
import type { CellRef } from '../server/api';
import { byId, el } from './dom';
import { messageOf, server } from './server';

export function showError(box: HTMLElement, error: unknown): void {
  box.textContent = messageOf(error);
  box.hidden = false;
  box.scrollIntoView({ block: 'nearest' });
}

export function clearError(box: HTMLElement): void {
  box.hidden = true;
  box.textContent = '';
}

/**
 * Scrolls a result's heading into view and, after a button press, moves the keyboard there so the
 * outcome is what comes next (not after a select's change: arrowing through its options would lose focus).
 */
export function reveal(heading: HTMLElement, focus = true): void {
  heading.tabIndex = -1;
  heading.scrollIntoView({ block: 'start' });
  if (focus) heading.focus({ preventScroll: true });
}

/** Says a short confirmation to screen readers ("Selected C3 on Samples."); the sheet shows it to the eye. */
export function announce(text: string): void {
  byId('announcer').textContent = text;
}

/** Runs a server call with its button disabled and marked busy; the button's label says what is happening. */
export async function whileBusy<T>(button: HTMLButtonElement, busyLabel: string, work: () => Promise<T>): Promise<T> {
  const label = button.textContent ?? '';
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  button.textContent = busyLabel;
  try {
    return await work();
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
    button.textContent = label;
  }
}

/** A link-styled button that selects the cell (or the row, without a column) in the sheet. */
export function cellButton(ref: CellRef, text: string, errorBox: HTMLElement): HTMLButtonElement {
  const button = el('button', { className: 'link', text, attrs: { type: 'button' } });
  button.addEventListener('click', () => {
    clearError(errorBox);
    server.selectCell(ref).then(
      ({ message }) => announce(message),
      (error: unknown) => showError(errorBox, error),
    );
  });
  return button;
}

export function plural(count: number, word: string, words = `${word}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? word : words}`;
}

/** A titled group: heading with its count, then the items, or a line saying there are none. */
export function group(
  title: string,
  total: number,
  items: HTMLElement[],
  empty: string,
  level: 'h2' | 'h3' = 'h3',
): HTMLElement {
  const shown = items.length < total ? ` (first ${items.length} of ${total.toLocaleString('en-US')})` : '';
  return el('section', { className: 'group' }, [
    el(level, { text: `${title}: ${total.toLocaleString('en-US')}${shown}` }),
    items.length ? el('ul', { className: 'items' }, items) : el('p', { className: 'secondary', text: empty }),
  ]);
}
