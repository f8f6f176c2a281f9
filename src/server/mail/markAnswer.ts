/**
 * The one click that does by hand what reading replies does on its own: the operator says a thread
 * was answered, bounced or asked to stop, and nothing more goes there (a bounce or a stop also goes
 * to Do not contact).
 */
import { OperatorError } from '../../core/errors';
import type { ThreadState } from '../../core/mail/memory';
import { readMemory } from '../../core/mail/memory';
import { withDocumentLock } from '../lock';
import { doNotContactTab, memoryTab } from '../followups/tabs';
import { AddOnTabs } from '../addOnTabs';
import { recordAnswers } from './answers';
import { CreatorMail } from './creatorMail';
import { CREATORS } from '../../core/schema';
import { MemoryWriter } from './memoryWriter';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function markThreadAnswer(spreadsheet: Spreadsheet, threadId: string, state: ThreadState): void {
  withDocumentLock('Marking the answer', () => {
    const tabs = new AddOnTabs(spreadsheet);
    const tab = memoryTab(tabs);
    const memory = new MemoryWriter(tab.sheet, readMemory(tab.values));
    const thread = memory.memory.threads.get(threadId);
    if (!thread) throw new OperatorError("That email is no longer in the add-on's memory: refresh the list.");
    doNotContactTab(tabs, true);
    const creatorMail = new CreatorMail(tabs.sheet(CREATORS.name));
    recordAnswers(spreadsheet, memory, creatorMail, [{ thread, state }], undefined, new Date());
  });
}
