// Tabs that draw without measuring anything. antd's Tabs measures each tab as it is first drawn
// (for its moving underline), which makes the browser work out the styles and layout of the whole
// page there and then, and again once the rest of the frame is in: on the home screen with the
// ten-year demo that was about 30 ms of every start. These follow the WAI-ARIA tabs pattern
// (←/→, Home and End move between tabs) and look like antd's (app.css, .plain-tab). Like antd's,
// a panel once shown stays mounted while hidden, so what was opened in it stays open.
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export type PlainTab = { key: string; label: string; children: ReactNode };

export function PlainTabs({ items }: { items: readonly PlainTab[] }) {
  const [active, setActive] = useState(items[0]?.key);
  const [shown, setShown] = useState<ReadonlySet<string | undefined>>(() => new Set([active]));
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const id = useId();

  const choose = (key: string) => {
    setActive(key);
    setShown((keys) => (keys.has(key) ? keys : new Set(keys).add(key)));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const at = items.findIndex((item) => item.key === active);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: items.length - 1 }[event.key];
    const item = to === undefined ? undefined : items[(to + items.length) % items.length];
    if (!item) return;
    event.preventDefault();
    choose(item.key);
    buttons.current.get(item.key)?.focus();
  };

  return (
    <div className="plain-tabs">
      <div role="tablist" className="plain-tabs-list" onKeyDown={onKeyDown}>
        {items.map((item) => (
          <button
            key={item.key}
            ref={(button) => {
              if (button) buttons.current.set(item.key, button);
              else buttons.current.delete(item.key);
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${item.key}`}
            aria-controls={`${id}-panel-${item.key}`}
            aria-selected={item.key === active}
            tabIndex={item.key === active ? 0 : -1}
            className="plain-tab"
            onClick={() => choose(item.key)}
          >
            {item.label}
          </button>
        ))}
      </div>
      {items.map((item) =>
        shown.has(item.key) ? (
          <div
            key={item.key}
            role="tabpanel"
            id={`${id}-panel-${item.key}`}
            aria-labelledby={`${id}-tab-${item.key}`}
            hidden={item.key !== active}
          >
            {item.children}
          </div>
        ) : null,
      )}
    </div>
  );
}
