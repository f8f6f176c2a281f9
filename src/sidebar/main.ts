/** The sidebar: four panels as tabs. Organize and Today load at once (Today's count is on its tab); the others on first view. */
import { startFollowUps } from './followUps';
import { startOrganize } from './organize';
import { startProfit } from './profit';
import type { PanelName } from './tabs';
import { setUpTabs } from './tabs';
import { loadToday, startToday } from './today';

const started = new Set<PanelName>(['organize', 'today']);
const starters: Partial<Record<PanelName, () => Promise<void>>> = { followups: startFollowUps, profit: startProfit };

setUpTabs((panel) => {
  if (panel === 'today') {
    void loadToday();
  } else if (!started.has(panel)) {
    started.add(panel);
    void starters[panel]?.();
  }
});
void startOrganize(() => void loadToday());
void startToday();
