/**
 * Tabs of the sidebar (WAI-ARIA APG tabs with automatic activation): ←/→ move between tabs, Home/End to
 * the first/last; only the chosen tab's panel is rendered. The chosen tab survives a reload.
 */
import { useState, type KeyboardEvent, type ReactNode } from 'react';

export type SidebarTab = { id: string; label: string; panel: ReactNode };

const STORAGE_KEY = 'hanoi-coverage-map/sidebar-tab';

function savedTab(ids: readonly string[]): string {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v && ids.includes(v) ? v : ids[0]!;
  } catch {
    return ids[0]!;
  }
}

export function SidebarTabs({ tabs }: { tabs: readonly SidebarTab[] }) {
  const [active, setActive] = useState(() => savedTab(tabs.map((t) => t.id)));
  const choose = (id: string) => {
    setActive(id);
    try {
      localStorage.setItem(STORAGE_KEY, id);
    } catch {
      // Storage may be unavailable (private mode); the tab still changes.
    }
  };
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const n = tabs.length;
    const j = { ArrowRight: (i + 1) % n, ArrowLeft: (i - 1 + n) % n, Home: 0, End: n - 1 }[e.key];
    if (j === undefined) return;
    e.preventDefault();
    choose(tabs[j]!.id);
    (e.currentTarget.parentElement?.children[j] as HTMLElement | undefined)?.focus();
  };
  const current = tabs.find((t) => t.id === active) ?? tabs[0]!;
  return (
    <div className="sidebar-tabs">
      <div role="tablist" className="tablist">
        {tabs.map((tab, i) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-controls={`tabpanel-${tab.id}`}
            aria-selected={tab.id === current.id}
            tabIndex={tab.id === current.id ? 0 : -1}
            onClick={() => choose(tab.id)}
            onKeyDown={(e) => onKeyDown(e, i)}
            data-testid={`tab-${tab.id}`}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${current.id}`} aria-labelledby={`tab-${current.id}`} className="tabpanel">
        {current.panel}
      </div>
    </div>
  );
}
