import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  defaultWindowSize,
  loadWindowState,
  parseWindowState,
  restoreWindowBounds,
  WINDOW_DEFAULT,
  WINDOW_MIN,
  WindowStateFile,
} from '../../electron/services/window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 875 }; // a 1440×900 screen less its menu bar
const second = { x: 1440, y: 0, width: 1920, height: 1050 }; // a monitor to its right
const saved = (x: number, y: number, width: number, height: number, maximized = false) => ({ x, y, width, height, maximized });

describe('window size and place', () => {
  it('reopens where it was when that place is wholly on a screen', () => {
    expect(restoreWindowBounds(saved(40, 30, 1200, 800), [laptop])).toEqual({ x: 40, y: 30, width: 1200, height: 800 });
    expect(restoreWindowBounds(saved(1600, 50, 1600, 900), [laptop, second])).toEqual({ x: 1600, y: 50, width: 1600, height: 900 });
  });

  it('opens at the default place when the screen it was on is gone, or the window would not fit', () => {
    // The monitor on the right was unplugged.
    expect(restoreWindowBounds(saved(1600, 50, 1600, 900), [laptop])).toBeNull();
    // Larger than any screen now, or hanging off the edge of one, or across two.
    expect(restoreWindowBounds(saved(0, 0, 2560, 1400), [laptop, second])).toBeNull();
    expect(restoreWindowBounds(saved(900, 100, 1000, 700), [laptop])).toBeNull();
    expect(restoreWindowBounds(saved(1000, 100, 1000, 700), [laptop, second])).toBeNull();
    expect(restoreWindowBounds(saved(-3000, -3000, 1000, 700), [laptop, second])).toBeNull();
    expect(restoreWindowBounds(null, [laptop])).toBeNull();
  });

  it('allows the few pixels a window frame’s shadow stands outside the work area', () => {
    expect(restoreWindowBounds(saved(-8, -8, 1456, 891), [laptop])).toEqual({ x: -8, y: -8, width: 1456, height: 891 });
  });

  it('never restores a window smaller than the minimum, 800×600', () => {
    expect(restoreWindowBounds(saved(10, 10, 500, 300), [laptop])).toEqual({ x: 10, y: 10, width: WINDOW_MIN.width, height: WINDOW_MIN.height });
    expect(WINDOW_MIN).toEqual({ width: 800, height: 600 });
  });

  it('the first window is the default size, or the whole of a smaller screen', () => {
    expect(defaultWindowSize({ width: 2560, height: 1400 })).toEqual(WINDOW_DEFAULT);
    expect(defaultWindowSize({ width: 1366, height: 728 })).toEqual({ width: 1366, height: 728 });
    expect(defaultWindowSize({ width: 640, height: 480 })).toEqual(WINDOW_MIN);
  });

  it('reads only a well-formed state from the file', () => {
    expect(parseWindowState({ x: 1, y: 2, width: 900, height: 700, maximized: true })).toEqual(saved(1, 2, 900, 700, true));
    expect(parseWindowState({ x: 1, y: 2, width: 900, height: 700 })).toEqual(saved(1, 2, 900, 700, false));
    for (const bad of [
      null,
      'x',
      [],
      { x: 1, y: 2, width: 900 },
      { x: '1', y: 2, width: 900, height: 700 },
      { x: 1, y: 2, width: 0, height: 700 },
      { x: Number.NaN, y: 2, width: 900, height: 700 },
    ]) {
      expect(parseWindowState(bad)).toBeNull();
    }
  });

  it('writes the latest state to its file and reads it back; a damaged file reads as none', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-window-'));
    try {
      const file = path.join(dir, 'window-state.json');
      expect(await loadWindowState(file)).toBeNull();
      const state = new WindowStateFile(file, 10_000);
      state.remember(saved(10, 20, 1000, 700));
      state.remember(saved(30, 40, 1100, 750, true));
      await state.flush();
      expect(await loadWindowState(file)).toEqual(saved(30, 40, 1100, 750, true));
      expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(saved(30, 40, 1100, 750, true));
      await writeFile(file, '{"x": 10, "y":');
      expect(await loadWindowState(file)).toBeNull();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
