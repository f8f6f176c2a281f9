/**
 * The Follow-ups panel: the hourly trigger as an on/off switch, mode, send window and sender name
 * (rows of the Settings tab), the last run's outcome and errors, and what the next run would do, each
 * email in full, with the messages held back and why.
 */
import type { FollowUpPreview, FollowUpSettingsRequest, FollowUpStatus, HeldItem, PreviewItem } from '../server/api';
import { byId, el, externalLink, fill } from './dom';
import { day } from './format';
import { startOutreach } from './outreach';
import { server } from './server';
import { announce, cellButton, clearError, group, plural, reveal, showError, whileBusy } from './ui';

const errorBox = () => byId('followups-error');
const switchButton = () => byId<HTMLButtonElement>('followups-switch');
const readingButton = () => byId<HTMLButtonElement>('reading-switch');

const ACTION_TEXT: Record<PreviewItem['action'], string> = {
  send: 'Would be sent',
  wait: 'Over the daily limit: would wait for the next run',
  defer: 'Held back by the cadence: goes on a later day',
  await: 'Waiting for your approval (Today panel)',
  queue: 'Would wait for your approval',
  hold: 'Would be held',
  expire: 'Approved but no longer due: would be dropped',
};

function renderStatus(status: FollowUpStatus): void {
  const toggle = switchButton();
  toggle.setAttribute('aria-checked', String(status.on));
  toggle.disabled = false;
  byId('followups-state').textContent = status.on
    ? `On: every hour between ${status.window}, ${status.mode === 'review' ? 'due emails wait for your approval' : 'due emails are sent'}.`
    : 'Off: no follow-up is sent or queued.';
  byId('reading-row').hidden = !status.replyReading.available;
  readingButton().setAttribute('aria-checked', String(status.replyReading.on));
  byId<HTMLSelectElement>('followups-mode').value = status.mode;
  byId<HTMLInputElement>('followups-window').value = status.window;
  byId<HTMLInputElement>('followups-sender').value = status.senderName;

  const run = status.lastRun;
  fill(byId('followups-run'), [
    el('h2', { text: 'Last run' }),
    run
      ? el('div', {}, [
          el('p', { className: 'secondary', text: new Date(run.at).toLocaleString('en-US') }),
          el('p', { className: run.outcome === 'failed' ? 'error' : '', text: status.lastRunText ?? run.outcome }),
          run.unconfirmed.length > 0 &&
            el('p', {
              className: 'warning',
              text: `${plural(run.unconfirmed.length, 'email')} left at "sending" by an interrupted run: check your Sent mail; they are never sent again.`,
            }),
        ])
      : el('p', { className: 'secondary', text: 'No run yet.' }),
  ]);
}

function previewItem(item: PreviewItem): HTMLElement {
  const who = item.handle ? `@${item.handle}` : item.sampleId;
  return el('li', { className: 'email' }, [
    el('h4', { text: `${item.rule} · ${who}` }),
    el('p', { className: item.action === 'hold' ? 'error' : 'secondary', text: ACTION_TEXT[item.action] }),
    item.action !== 'expire' &&
      el('dl', { className: 'headers' }, [
        el('dt', { text: 'To' }),
        el('dd', { text: item.to || '(no address)' }),
        el('dt', { text: 'Subject' }),
        el('dd', { text: item.subject }),
        item.day && el('dt', { text: 'Due from' }),
        item.day && el('dd', { text: day(item.day) }),
      ]),
    item.problems.length > 0 &&
      el(
        'ul',
        { className: 'problems' },
        item.problems.map((p) => el('li', { text: p })),
      ),
    item.body &&
      el('details', {}, [el('summary', { text: 'The email' }), el('div', { className: 'body', text: item.body })]),
  ]);
}

function heldItem(tab: string, item: HeldItem): HTMLElement {
  return el('li', { className: 'item' }, [
    cellButton({ tab, row: item.row }, `${item.rule} · ${item.handle ? `@${item.handle}` : item.sampleId}`, errorBox()),
    el('p', { text: item.reason }),
  ]);
}

function renderPreview(preview: FollowUpPreview): void {
  const heading = el('h2', { text: 'Next run' });
  fill(byId('followups-preview'), [
    heading,
    el('p', {
      className: 'secondary',
      text: preview.windowOpen
        ? 'Inside the send window now.'
        : 'Outside the send window now: the next run inside it does this.',
    }),
    group('Emails due', preview.total, preview.items.map(previewItem), 'Nothing is due: no email would go out.'),
    group(
      'Held with a problem to fix',
      preview.held.length,
      preview.held.map((item) => heldItem(preview.logTab, item)),
      'Nothing is held.',
    ),
  ]);
}

/** Status and preview load apart: a preview that fails (a broken Follow-up log) must not hide the last run's error. */
export async function loadFollowUps(): Promise<void> {
  clearError(errorBox());
  const [status, preview] = await Promise.allSettled([server.followUpStatus(), server.previewFollowUps()]);
  if (status.status === 'fulfilled') renderStatus(status.value);
  else showError(errorBox(), status.reason);
  if (preview.status === 'fulfilled') renderPreview(preview.value);
  else {
    fill(byId('followups-preview'), []);
    showError(errorBox(), preview.reason);
  }
}

async function toggle(): Promise<void> {
  const button = switchButton();
  const on = button.getAttribute('aria-checked') !== 'true';
  clearError(errorBox());
  button.disabled = true;
  try {
    const { message } = await server.setFollowUpsOn({ on });
    announce(message);
    renderStatus(await server.followUpStatus());
  } catch (error) {
    showError(errorBox(), error);
  } finally {
    button.disabled = false;
  }
}

/** On may first need Google's consent: the page opens in a new tab, and the switch stays off until it is granted. */
async function toggleReading(): Promise<void> {
  const button = readingButton();
  const on = button.getAttribute('aria-checked') !== 'true';
  const consent = byId('reading-consent');
  clearError(errorBox());
  try {
    const answer = await whileBusy(button, on ? 'Switching on…' : 'Switching off…', () =>
      server.setReplyReading({ on }),
    );
    consent.hidden = !answer.consentUrl;
    fill(
      consent,
      answer.consentUrl
        ? [el('span', { text: `${answer.message} ` }), externalLink(answer.consentUrl, 'Grant permission')]
        : [],
    );
    announce(answer.message);
    renderStatus(await server.followUpStatus());
  } catch (error) {
    showError(errorBox(), error);
  }
}

async function save(event: Event): Promise<void> {
  event.preventDefault();
  clearError(errorBox());
  const button = byId<HTMLButtonElement>('followups-save');
  try {
    const status = await whileBusy(button, 'Saving…', () =>
      server.saveFollowUpSettings({
        mode: byId<HTMLSelectElement>('followups-mode').value as FollowUpSettingsRequest['mode'],
        window: byId<HTMLInputElement>('followups-window').value,
        senderName: byId<HTMLInputElement>('followups-sender').value,
      }),
    );
    renderStatus(status);
    renderPreview(await server.previewFollowUps());
    announce('Saved in the Settings tab.');
    reveal(byId('followups-preview').querySelector('h2') ?? button);
  } catch (error) {
    showError(errorBox(), error);
  }
}

export function startFollowUps(): Promise<void> {
  const refresh = byId<HTMLButtonElement>('followups-refresh');
  refresh.addEventListener('click', () => void whileBusy(refresh, 'Refreshing…', loadFollowUps));
  switchButton().addEventListener('click', () => void toggle());
  readingButton().addEventListener('click', () => void toggleReading());
  byId('followups-settings').addEventListener('submit', (event) => void save(event));
  return Promise.all([loadFollowUps(), startOutreach()]).then(() => undefined);
}
