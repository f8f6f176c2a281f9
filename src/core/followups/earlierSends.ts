/**
 * A sample seen again under another Sample ID (a log that gains a Sample ID column, a request date
 * corrected in a log without one) starts its messages over: they are keyed by Sample ID. A message
 * of the same rule and anchor day, to the same address, already sent about a sample that Samples no
 * longer holds (or holds as gone) is most likely that message again.
 */
import type { SendMemory } from '../mail/memory';
import { neverAgain } from '../mail/memory';
import type { RuleMessage } from './rules';
import { messageKeyParts } from './rules';

const sendOf = (rule: string, anchorDay: string, to: string) => `${rule}|${anchorDay}|${to.toLowerCase()}`;

export class EarlierSends {
  /** Rule, anchor day and address → the Sample IDs of follow-ups sent so. */
  private readonly sampleIds = new Map<string, string[]>();

  /** `inLog`: the Sample IDs (lower case) of the Samples rows still in their log. */
  constructor(
    memory: SendMemory,
    private readonly inLog: ReadonlySet<string>,
  ) {
    for (const [key, remembered] of memory.keys) {
      const to = remembered.detail?.to;
      const parts = messageKeyParts(key);
      if (!to || !parts || !neverAgain(memory, key)) continue;
      const send = sendOf(parts.rule, parts.anchorDay, to);
      const ids = this.sampleIds.get(send);
      if (ids) ids.push(parts.sampleId);
      else this.sampleIds.set(send, [parts.sampleId]);
    }
  }

  /** The Sample ID this message already went to `to` under, when Samples no longer holds that sample. */
  sentAs(message: RuleMessage, to: string): string | undefined {
    const own = message.sampleId.toLowerCase();
    return this.sampleIds
      .get(sendOf(message.rule, message.anchorDay, to))
      ?.find((id) => id.toLowerCase() !== own && !this.inLog.has(id.toLowerCase()));
  }
}
