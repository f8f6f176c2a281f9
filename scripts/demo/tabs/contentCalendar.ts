/** A tab that has nothing to do with creators or orders; Organize must leave it alone. */
import type { SheetModel } from '../../runtime/workbook';
import { BRANDS, OWNERS } from '../catalog';
import type { Period } from '../period';
import type { Random } from '../random';
import { SourceTab } from '../sourceTab';
import { addDays, instantOf } from '../wallClock';

export const CONTENT_CALENDAR_TAB = 'Q4 content calendar';

const HEADERS = ['Week of', 'Brand', 'Theme', 'Hook idea', 'Format', 'Owner', 'Status'] as const;

const THEMES = [
  'Back to school',
  'Spooky season',
  'Self-care Sunday',
  'Holiday gift guide',
  'Black Friday teaser',
  'Cozy nights in',
];
const HOOKS = [
  'POV: you finally found the one',
  '3 things I wish I knew',
  'Stop scrolling if you have a dog',
  'Amazon vs TikTok Shop',
  'Day in my life',
  'Rating viral products',
  'Tiny kitchen hacks',
];

export function buildContentCalendarTab(rng: Random, period: Period): SheetModel {
  const tab = new SourceTab(CONTENT_CALENDAR_TAB, HEADERS);
  for (let week = period.start; week < period.end; week = addDays(week, 7)) {
    tab.add({
      'Week of': instantOf(week, period.timeZone),
      Brand: rng.pick(BRANDS).name,
      Theme: rng.pick(THEMES),
      'Hook idea': rng.pick(HOOKS),
      Format: rng.pick(['Talking head', 'Voiceover', 'Carousel', 'LIVE']),
      Owner: rng.pick(OWNERS),
      Status: rng.pick(['Idea', 'Scripted', 'Filmed', 'Posted']),
    });
  }
  return tab.toSheet();
}
