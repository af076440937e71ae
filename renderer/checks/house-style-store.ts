import { useSyncExternalStore } from 'react';
import { compileHouseStyle, DEFAULT_HOUSE_STYLE, type HouseStyle, type HouseStyleConfig } from '../../shared/checks';
import type { HostApi, HouseStyleAnswer } from '../../shared/contract';

/** The library's house style as the renderer uses it: compiled once per change of the file. */
export interface LoadedStyle {
  style: HouseStyle;
  config: HouseStyleConfig;
  /** mistakes in the library's file, each naming its line and rule */
  problems: HouseStyleAnswer['problems'];
  file: string;
  found: boolean;
  /** false until the host has answered (Copydesk's own style is used meanwhile) */
  loaded: boolean;
}

const INITIAL: LoadedStyle = { style: DEFAULT_HOUSE_STYLE, config: {}, problems: [], file: '', found: false, loaded: false };

/**
 * One house style for the window, shared by the editor's underlines, the Checks panel, the Ready
 * gate and the House style dialog. The host owns the file; this keeps the compiled copy and tells
 * subscribers when it changes (a rule turned off anywhere is off everywhere at once).
 */
export class HouseStyleStore {
  private current: LoadedStyle = INITIAL;
  private listeners = new Set<() => void>();
  private loading: Promise<LoadedStyle> | null = null;

  constructor(private readonly host: Pick<HostApi, 'getHouseStyle' | 'setHouseRule'>) {}

  get = (): LoadedStyle => this.current;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Reads the library's file (again). */
  load(): Promise<LoadedStyle> {
    this.loading ??= this.host.getHouseStyle({}).then(
      (answer) => {
        this.loading = null;
        return this.adopt(answer);
      },
      (e) => {
        this.loading = null;
        throw e;
      },
    );
    return this.loading;
  }

  /** Switches a rule off (or on) for the whole library. */
  async setRule(ruleId: string, enabled: boolean): Promise<LoadedStyle> {
    return this.adopt(await this.host.setHouseRule({ ruleId, enabled }));
  }

  private adopt(answer: HouseStyleAnswer): LoadedStyle {
    const config = answer.config as HouseStyleConfig;
    this.current = { style: compileHouseStyle(config).style, config, problems: answer.problems, file: answer.file, found: answer.found, loaded: true };
    for (const l of this.listeners) l();
    return this.current;
  }
}

export function useHouseStyle(store: HouseStyleStore): LoadedStyle {
  return useSyncExternalStore(store.subscribe, store.get);
}
