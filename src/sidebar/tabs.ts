/**
 * The four panels as ARIA tabs: one tab stop for the tab list, arrow keys, Home and End move
 * between tabs and show each one's panel (automatic activation), and the panel is the next stop.
 */
export type PanelName = 'organize' | 'today' | 'followups' | 'profit';

export function setUpTabs(onShow: (panel: PanelName) => void): (panel: PanelName) => void {
  const tabs = Array.from(document.querySelectorAll<HTMLButtonElement>('[role="tab"]'));
  const panelOf = (tab: HTMLButtonElement) => tab.id.replace(/^tab-/, '') as PanelName;

  function select(tab: HTMLButtonElement, focus: boolean): void {
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      other.tabIndex = selected ? 0 : -1;
      document.getElementById(other.getAttribute('aria-controls') ?? '')!.hidden = !selected;
    }
    if (focus) tab.focus();
    onShow(panelOf(tab));
  }

  for (const [index, tab] of tabs.entries()) {
    tab.addEventListener('click', () => select(tab, false));
    tab.addEventListener('keydown', (event) => {
      const targets: Record<string, HTMLButtonElement | undefined> = {
        ArrowRight: tabs[(index + 1) % tabs.length],
        ArrowLeft: tabs[(index - 1 + tabs.length) % tabs.length],
        Home: tabs[0],
        End: tabs[tabs.length - 1],
      };
      const target = targets[event.key];
      if (!target) return;
      event.preventDefault();
      select(target, true);
    });
  }
  return (panel) =>
    select(
      tabs.find((tab) => panelOf(tab) === panel)!,
      true,
    );
}
