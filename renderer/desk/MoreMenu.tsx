import { type KeyboardEvent, type RefObject, useEffect, useId, useRef, useState } from 'react';

export interface MoreItem {
  id: string;
  /** The same name the button has in the bar. */
  label: string;
  /** For a panel: whether it is open (the item is then a menuitemcheckbox). */
  checked?: boolean;
  disabled?: boolean;
  onSelect(): void;
}

const entries = (menu: HTMLElement | null) => [...(menu?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];

/**
 * The bar's More button: the buttons the bar has no room for, under the same names, as a menu
 * (WAI-ARIA menu button: Enter, Space or ↓ opens on the first item, ↑ on the last; ↑ ↓ Home End
 * move; Enter or Space chooses; Esc closes and returns to the button; Tab closes and moves on).
 * With nothing to hold it stays in the page unseen, so the bar can measure it.
 */
export function MoreMenu({ items, buttonRef }: { items: MoreItem[]; buttonRef: RefObject<HTMLButtonElement | null> }) {
  const [open, setOpen] = useState<'first' | 'last' | null>(null);
  const menu = useRef<HTMLDivElement>(null);
  const id = useId();
  const idle = items.length === 0;
  const isOpen = open !== null && !idle;

  useEffect(() => {
    if (!isOpen) return;
    const all = entries(menu.current);
    (open === 'last' ? all[all.length - 1] : all[0])?.focus();
    const onPress = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!menu.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(null);
    };
    document.addEventListener('pointerdown', onPress, true);
    return () => document.removeEventListener('pointerdown', onPress, true);
  }, [isOpen, open, buttonRef]);

  const close = () => {
    setOpen(null);
    buttonRef.current?.focus();
  };

  const onMenuKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Tab') {
      setOpen(null);
      return;
    }
    const all = entries(menu.current);
    const at = all.indexOf(document.activeElement as HTMLElement);
    const go = (i: number) => all[(i + all.length) % all.length]?.focus();
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(all.length - 1);
    else if (e.key === 'Escape') close();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div className={`more-menu${idle ? ' is-idle' : ''}`}>
      <button
        ref={buttonRef}
        type="button"
        id={`${id}-button`}
        aria-haspopup="menu"
        aria-expanded={isOpen}
        aria-controls={isOpen ? `${id}-menu` : undefined}
        tabIndex={idle ? -1 : undefined}
        onClick={() => setOpen(isOpen ? null : 'first')}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            setOpen(e.key === 'ArrowUp' ? 'last' : 'first');
          }
        }}
      >
        More
        <svg className="more-chevron" width="10" height="10" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
          <path d="M1.5 3.5 5 7l3.5-3.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      </button>
      {isOpen && (
        <div ref={menu} role="menu" id={`${id}-menu`} aria-labelledby={`${id}-button`} className="more-menu-list" onKeyDown={onMenuKey}>
          {items.map((item) => {
            const common = {
              type: 'button' as const,
              tabIndex: -1,
              'aria-disabled': item.disabled || undefined,
              onClick: () => {
                if (item.disabled) return;
                close();
                item.onSelect();
              },
            };
            return item.checked === undefined ? (
              <button key={item.id} role="menuitem" {...common}>
                {item.label}
              </button>
            ) : (
              <button key={item.id} role="menuitemcheckbox" aria-checked={item.checked} {...common}>
                {/* Seen, not said: aria-checked says it, and the name stays the bar button's. */}
                <span className="more-check" aria-hidden="true">
                  {item.checked ? '✓' : ''}
                </span>
                {item.label}
              </button>
            );
          })}
        </div>
      )}
    </div>
  );
}
