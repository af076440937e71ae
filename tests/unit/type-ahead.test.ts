// Keys typed while a new story is being created are held for its headline, not lost on the button.
import { describe, expect, it } from 'vitest';
import { holdTypedKeys } from '../../renderer/article/type-ahead';

function press(target: EventTarget, key: string, mods: { ctrlKey?: boolean } = {}): boolean {
  const e = Object.assign(new Event('keydown', { cancelable: true }), { key, ctrlKey: false, metaKey: false, altKey: false, isComposing: false, ...mods });
  target.dispatchEvent(e);
  return e.defaultPrevented;
}

describe('typed-ahead keys', () => {
  it('holds printable keys, Backspace and Enter, with typographic quotes; shortcuts pass through', () => {
    const target = new EventTarget();
    const held = holdTypedKeys(target as unknown as Window);
    for (const key of 'Storm"s eye'.split('')) expect(press(target, key)).toBe(true);
    expect(press(target, 'Backspace')).toBe(true);
    expect(press(target, 'Backspace')).toBe(true);
    expect(press(target, 'Enter')).toBe(true);
    expect(press(target, 's', { ctrlKey: true })).toBe(false);
    expect(press(target, 'Shift')).toBe(false);
    for (const key of ['y', 'e', ' ', '"', 'n', 'o', 'w', '"', ' ', '😀']) press(target, key);
    expect(held.release()).toBe('Storm”s eye “now” 😀');
  });

  it('lets go of the keyboard once released', () => {
    const target = new EventTarget();
    const held = holdTypedKeys(target as unknown as Window);
    press(target, 'a');
    expect(held.release()).toBe('a');
    expect(press(target, 'b')).toBe(false);
    expect(held.release()).toBe('');
  });
});
