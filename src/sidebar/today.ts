/**
 * The Today panel: what needs the operator now. Follow-ups awaiting approval (approve or skip each),
 * overdue and due samples, samples waiting to ship, creators who replied. Each item selects its row
 * in the sheet; the count of everything is on the tab.
 */
import type { CreatorItem, QueuedItem, SampleItem, ThreadItem, TodayLists } from '../server/api';
import { byId, el, externalLink } from './dom';
import { day, dueText, waitingText } from './format';
import { server } from './server';
import { announce, cellButton, clearError, group, reveal, showError, whileBusy } from './ui';

const errorBox = () => byId('today-error');

function rowButton(tab: string, row: number, title: string, details: string): HTMLButtonElement {
  const button = cellButton({ tab, row }, '', errorBox());
  button.className = 'item-main';
  const spoken = (text: string) => el('span', { className: 'visually-hidden', text });
  button.append(
    el('span', { className: 'title', text: title }),
    spoken(', '),
    el('span', { className: 'meta', text: details }),
    spoken(`: select row ${row} of ${tab}`),
  );
  return button;
}

function sampleItem(lists: TodayLists, item: SampleItem, when: string): HTMLElement {
  const what = [item.product, item.sampleId && `sample ${item.sampleId}`].filter(Boolean).join(' · ');
  return el('li', { className: 'item' }, [
    rowButton(lists.tabs.samples, item.row, item.handle ? `@${item.handle}` : '(no handle)', `${what} · ${when}`),
    item.videoUrl && el('p', { className: 'extra' }, ['Video: ', externalLink(item.videoUrl, 'open the video')]),
  ]);
}

function creatorItem(lists: TodayLists, item: CreatorItem): HTMLElement {
  const contacted = item.lastContacted ? `last contacted ${day(item.lastContacted)}` : 'never contacted';
  return el('li', { className: 'item' }, [
    rowButton(lists.tabs.creators, item.row, `@${item.handle}`, [item.name, contacted].filter(Boolean).join(' · ')),
    item.email && el('p', { className: 'extra', text: item.email }),
    item.profileUrl && el('p', { className: 'extra' }, ['Profile: ', externalLink(item.profileUrl, 'open on TikTok')]),
  ]);
}

function queuedItem(item: QueuedItem): HTMLElement {
  const who = item.handle ? `@${item.handle}` : item.to;
  const decide = (decision: 'approve' | 'skip', text: string, className: string) => {
    const button = el('button', {
      className,
      text,
      attrs: { type: 'button', 'aria-label': `${text} the ${item.rule} email to ${who}` },
    });
    button.addEventListener('click', () => {
      clearError(errorBox());
      void whileBusy(button, decision === 'approve' ? 'Approving…' : 'Skipping…', () =>
        server.decideFollowUp({ key: item.key, decision }),
      ).then(
        (next) => {
          renderToday(next);
          // The item is gone from the list; the keyboard continues at the list's heading.
          const heading = byId('today-lists').querySelector('h2');
          if (heading) reveal(heading);
          announce(
            decision === 'approve'
              ? `Approved: the ${item.rule} email to ${who} goes out with the next run.`
              : `Skipped: the ${item.rule} email to ${who} will not be sent.`,
          );
        },
        (error: unknown) => showError(errorBox(), error),
      );
    });
    return button;
  };
  return el('li', { className: 'item' }, [
    rowButton(item.tab, item.row, `${item.rule} to ${who}`, item.subject || '(no subject)'),
    item.to && el('p', { className: 'extra', text: `To ${item.to}` }),
    el('div', { className: 'buttons' }, [decide('approve', 'Approve', 'action'), decide('skip', 'Skip', '')]),
  ]);
}

const ANSWERS = [
  ['replied', 'Replied'],
  ['bounced', 'Bounced'],
  ['opted out', 'Asked to stop'],
] as const;

/** An email nobody has answered yet, with the one click that records an answer. */
function threadItem(item: ThreadItem): HTMLElement {
  const who = item.handle ? `@${item.handle}` : item.to;
  const mark = ([answer, text]: (typeof ANSWERS)[number]) => {
    const button = el('button', {
      text,
      attrs: { type: 'button', 'aria-label': `${text}: ${who}, "${item.subject}"` },
    });
    button.addEventListener('click', () => {
      clearError(errorBox());
      void whileBusy(button, 'Saving…', () => server.markAnswer({ threadId: item.threadId, answer })).then(
        (next) => {
          renderToday(next);
          const heading = byId('today-lists').querySelector('h2');
          if (heading) reveal(heading);
          announce(`${who}: marked ${answer}. Nothing more goes in that conversation.`);
        },
        (error: unknown) => showError(errorBox(), error),
      );
    });
    return button;
  };
  return el('li', { className: 'item' }, [
    el('p', { className: 'title', text: `${who} · ${item.subject}` }),
    el('p', { className: 'extra', text: `Last email ${day(item.lastSent)} to ${item.to}` }),
    el('div', { className: 'buttons' }, ANSWERS.map(mark)),
  ]);
}

function countOf(lists: TodayLists): number {
  return lists.awaiting.total + lists.overdue.total + lists.due.total + lists.toShip.total + lists.replied.total;
}

function showCount(count: number): void {
  const badge = byId('today-count');
  badge.textContent = count > 99 ? '99+' : String(count);
  badge.hidden = count === 0;
  byId('today-count-text').textContent = count === 0 ? 'nothing waiting' : `${count} waiting for you`;
}

export function renderToday(lists: TodayLists): void {
  showCount(countOf(lists));
  byId('today-title').textContent = `Today, ${day(lists.today)}`;
  const target = byId('today-lists');
  if (!lists.organized) {
    target.replaceChildren(
      el('p', { text: 'Run Organize first: Today lists what the Samples, Creators and Follow-up log tabs hold.' }),
    );
    return;
  }
  target.replaceChildren(
    group(
      'Follow-ups awaiting approval',
      lists.awaiting.total,
      lists.awaiting.items.map(queuedItem),
      'Nothing to approve.',
      'h2',
    ),
    group(
      'Overdue samples',
      lists.overdue.total,
      lists.overdue.items.map((item) => sampleItem(lists, item, `${dueText(item.daysSince)} (${day(item.day)})`)),
      'No sample is overdue.',
      'h2',
    ),
    group(
      'Samples due',
      lists.due.total,
      lists.due.items.map((item) => sampleItem(lists, item, `${dueText(item.daysSince)} (${day(item.day)})`)),
      'No sample is due in the next days.',
      'h2',
    ),
    group(
      'Waiting to ship',
      lists.toShip.total,
      lists.toShip.items.map((item) => sampleItem(lists, item, waitingText(item.daysSince))),
      'Every requested sample has shipped.',
      'h2',
    ),
    group(
      'Creators who replied',
      lists.replied.total,
      lists.replied.items.map((item) => creatorItem(lists, item)),
      'No reply waits for an answer.',
      'h2',
    ),
    group(
      'Emails sent lately, no answer yet',
      lists.threads.total,
      lists.threads.items.map(threadItem),
      'No email of the last two weeks waits for an answer.',
      'h2',
    ),
  );
}

export async function loadToday(): Promise<void> {
  clearError(errorBox());
  try {
    renderToday(await server.todayLists());
  } catch (error) {
    showError(errorBox(), error);
  }
}

export function startToday(): Promise<void> {
  const refresh = byId<HTMLButtonElement>('today-refresh');
  refresh.addEventListener('click', () => void whileBusy(refresh, 'Refreshing…', loadToday));
  return loadToday();
}
