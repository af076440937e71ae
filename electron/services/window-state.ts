import { readFile } from 'node:fs/promises';
import { DebouncedFile } from './fs/debounced-file';

/**
 * The window's size and place, remembered between launches in `window-state.json` in the app's
 * user data folder. Plain Node (main.ts passes in the displays' work areas), so the rules about
 * where a window may reopen are tested without Electron.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState extends Rect {
  maximized: boolean;
}

/** The story keeps a readable column down to this size (see renderer/desk/window-layout.ts). */
export const WINDOW_MIN = { width: 800, height: 600 } as const;
export const WINDOW_DEFAULT = { width: 1400, height: 900 } as const;

/** The first window: the default size, or the whole work area of a smaller screen. */
export function defaultWindowSize(workArea: Pick<Rect, 'width' | 'height'>): { width: number; height: number } {
  return {
    width: Math.min(WINDOW_DEFAULT.width, Math.max(workArea.width, WINDOW_MIN.width)),
    height: Math.min(WINDOW_DEFAULT.height, Math.max(workArea.height, WINDOW_MIN.height)),
  };
}

/** A window frame may stand a few pixels outside the work area (Windows draws its shadow there). */
const SLACK = 16;

const isNumber = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

/** What was stored, if it is a window state at all (an old, damaged or hand-edited file is ignored). */
export function parseWindowState(json: unknown): WindowState | null {
  if (typeof json !== 'object' || json === null) return null;
  const { x, y, width, height, maximized } = json as Record<string, unknown>;
  if (![x, y, width, height].every(isNumber) || (width as number) <= 0 || (height as number) <= 0) return null;
  return { x: x as number, y: y as number, width: width as number, height: height as number, maximized: maximized === true };
}

function fitsIn(rect: Rect, area: Rect): boolean {
  return (
    rect.x >= area.x - SLACK &&
    rect.y >= area.y - SLACK &&
    rect.x + rect.width <= area.x + area.width + SLACK &&
    rect.y + rect.height <= area.y + area.height + SLACK
  );
}

/**
 * Where the window opens: the saved bounds when they fit wholly on one display as it is now (a
 * monitor unplugged, or a smaller screen, must not open the window off-screen or larger than the
 * screen); otherwise null, and the window opens at its default size, centred. Bounds below the
 * minimum size are raised to it.
 */
export function restoreWindowBounds(saved: WindowState | null, workAreas: readonly Rect[]): Rect | null {
  if (!saved) return null;
  const rect = { x: saved.x, y: saved.y, width: Math.max(saved.width, WINDOW_MIN.width), height: Math.max(saved.height, WINDOW_MIN.height) };
  return workAreas.some((area) => fitsIn(rect, area)) ? rect : null;
}

export async function loadWindowState(file: string): Promise<WindowState | null> {
  try {
    return parseWindowState(JSON.parse(await readFile(file, 'utf8')));
  } catch {
    return null; // none yet, or unreadable: the window opens at its default size
  }
}

/** Keeps the latest state and writes it (atomically) a moment after the window stops moving. */
export class WindowStateFile {
  private state: WindowState | null = null;
  private readonly file: DebouncedFile;

  constructor(path: string, delayMs = 500) {
    this.file = new DebouncedFile(path, delayMs, () => `${JSON.stringify(this.state)}\n`);
  }

  remember(state: WindowState): void {
    this.state = state;
    this.file.schedule();
  }

  /** Writes what is pending now (when the window closes). */
  flush(): Promise<void> {
    return this.file.flush();
  }
}
