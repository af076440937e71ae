import { useSyncExternalStore } from 'react';
import { colourOf, initialsOf } from '../../shared/changes';

/**
 * Who is editing on this computer: the name every suggestion, note and reply is signed with. Set
 * once (Settings, or the prompt the first time it is needed), kept in this computer's storage;
 * the operating system's user name is offered until then.
 */
const KEY = 'copydesk.person';

export interface Person {
  name: string;
  initials: string;
  colour: string;
}

export function personFor(name: string): Person {
  return { name, initials: initialsOf(name), colour: colourOf(name) };
}

export class Identity {
  private name: string | null;
  private person: Person | null;
  private listeners = new Set<() => void>();
  /** The operating system's user name, offered as the default. */
  suggested = '';

  constructor() {
    let stored: string | null = null;
    try {
      stored = localStorage.getItem(KEY);
    } catch {
      // Storage refused (a locked-down profile): the name is asked for each session.
    }
    this.name = stored?.trim() || null;
    this.person = this.name ? personFor(this.name) : null;
  }

  /** The person, or null until a name is set. */
  get = (): Person | null => this.person;

  set(name: string): void {
    const trimmed = name.trim().slice(0, 200);
    if (!trimmed) return;
    this.name = trimmed;
    this.person = personFor(trimmed);
    try {
      localStorage.setItem(KEY, trimmed);
    } catch {
      // Kept for this session only.
    }
    for (const l of this.listeners) l();
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

export function usePerson(identity: Identity): Person | null {
  return useSyncExternalStore(identity.subscribe, identity.get);
}
