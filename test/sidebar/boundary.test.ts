/**
 * The typed boundary between the sidebar and the server (src/server/api.ts). At compile time a
 * response or request holding a Date or a function fails tsc (the @ts-expect-error lines below
 * fail the type check if it ever stops failing); at run time every call with arguments refuses a
 * malformed request with a message the sidebar can show, and every answer crosses as JSON unchanged.
 */
import { addOn } from '../../scripts/addOn';
import type { SidebarApi, Transferred } from '../../src/server/api';
import type { REQUESTS } from '../../src/server/api';
import { organizedWorkbook, runtimeOn } from './workbook';

interface Stamped {
  at: Date;
}
interface WithCallback {
  items: { label: string; onClick: () => void }[];
}

// Plain data crosses: strings, numbers, booleans, null, optional fields, arrays, nested objects.
export type Plain = Transferred<{ a: string; b?: number; c: { d: (string | null)[] }[]; e: boolean }>;
// @ts-expect-error a Date cannot cross google.script.run
export type WithDate = Transferred<{ response: Stamped }>;
// @ts-expect-error nor a Date deep in an optional field
export type WithOptionalDate = Transferred<{ response: { run?: { at?: Date } } }>;
// @ts-expect-error nor a function in an array
export type WithFunction = Transferred<{ response: WithCallback }>;
// @ts-expect-error nor an object with methods, like a Map
export type WithMap = Transferred<{ response: Map<string, string> }>;
// @ts-expect-error nor a union with a Date in it
export type WithUnion = Transferred<{ response: string | Date }>;

/** A request of the wrong shape for each call that takes one. */
const MALFORMED: { [K in keyof typeof REQUESTS]: unknown[] } = {
  saveSourceMapping: [null, { tab: 'Outreach' }, { tab: '', mapping: { kind: 'creators', headerRow: 0, columns: {} } }],
  selectCell: ['Samples!A2', { tab: 'Samples', row: 0 }, { tab: 'Samples', row: 2.5 }],
  decideFollowUp: [{ key: 'Brief|S-1|2026-03-02', decision: 'send now' }, { decision: 'approve' }],
  setFollowUpsOn: [{ on: 'yes' }, true],
  setReplyReading: [{ on: 1 }, {}],
  markAnswer: [
    { threadId: '', answer: 'replied' },
    { threadId: 't-1', answer: 'ignored' },
  ],
  setAutoOrganize: [{ on: 1 }, 'on'],
  saveFollowUpSettings: [{ mode: 'blast', window: '09:00-18:00', senderName: '' }, { mode: 'send' }],
  outreachOverview: [{ sequence: 7 }, 'Creator recruitment'],
  previewEnrolment: [{ sequence: ['Creator recruitment'] }, null],
  enrol: [{ sequence: false }, 'all'],
  rollWinnerForward: [{ sequence: 'Creator recruitment', step: 0 }, { sequence: '', step: 1 }, { step: 1 }],
  profitSummary: [{ preset: 'forever' }, { preset: 'custom', start: '1 March', end: '2026-03-20' }],
};

describe('sidebar and server: the boundary', () => {
  it('refuses every malformed request with a message to show, before touching the sheet', () => {
    const runtime = runtimeOn(organizedWorkbook());
    const before = JSON.stringify(runtime.workbook);
    for (const [call, requests] of Object.entries(MALFORMED)) {
      for (const request of requests) {
        expect(() => runtime.call(call, request)).toThrow(
          new RegExp(
            `^The sidebar sent ${call} something it cannot use \\(.+\\): reload the sidebar and try again\\.$`,
          ),
        );
      }
    }
    expect(JSON.stringify(runtime.workbook)).toBe(before);
    expect(runtime.triggers).toHaveLength(0);
  });

  it('answers every call with plain data that crosses as JSON unchanged', () => {
    const runtime = runtimeOn(organizedWorkbook());
    const api = addOn(runtime);
    const answers: { [K in keyof SidebarApi]?: unknown } = {
      previewSources: api.previewSources(),
      runOrganize: api.runOrganize(),
      organizeProgress: api.organizeProgress(),
      todayLists: api.todayLists(),
      followUpStatus: api.followUpStatus(),
      previewFollowUps: api.previewFollowUps(),
      selectCell: api.selectCell({ tab: 'Samples', row: 2 }),
      setFollowUpsOn: api.setFollowUpsOn({ on: true }),
      saveFollowUpSettings: api.saveFollowUpSettings({ mode: 'review', window: '9-17', senderName: 'Dana' }),
      profitSummary: api.profitSummary({ preset: 'last 30 days' }),
      insertDashboard: api.insertDashboard(),
    };
    for (const [call, answer] of Object.entries(answers)) {
      expect([call, JSON.parse(JSON.stringify(answer ?? null))]).toEqual([call, answer ?? null]);
    }
  });
});
