/**
 * A newsroom's address as the reporter types it (`ws://127.0.0.1:4455`, `wss://news.example.org`,
 * or just `127.0.0.1:4455`): the Yjs websocket, the HTTP API on the same host and port, and the
 * name of the folder its stories are kept in on this computer.
 */
export interface NewsroomAddress {
  /** ws:// or wss:// URL of the Hocuspocus server */
  ws: string;
  /** http:// or https:// origin of the HTTP API (no trailing slash) */
  http: string;
  /** host and port as a folder name (lower case, no separators) */
  key: string;
}

/** Reads an address; throws an Error saying what is wrong with it. */
export function parseNewsroomAddress(input: string): NewsroomAddress {
  let text = input.trim();
  if (!text) throw new Error('Type the newsroom’s address, for example ws://127.0.0.1:4455.');
  if (!/^[a-z]+:\/\//i.test(text)) text = `ws://${text}`;
  // (By hand: shared code has no URL class. A host name, IPv4 or [IPv6], an optional port, nothing after but "/".)
  const m = /^([a-z]+):\/\/([a-z0-9.-]+|\[[0-9a-f:.]+\])(?::(\d{1,5}))?\/?$/i.exec(text);
  if (!m) throw new Error(`“${input.trim()}” is not a newsroom address. It looks like ws://127.0.0.1:4455.`);
  const protocol = m[1]!.toLowerCase();
  if (!['ws', 'wss', 'http', 'https'].includes(protocol)) throw new Error(`A newsroom address starts with ws:// or wss://, not ${protocol}://.`);
  if (m[3] !== undefined && Number(m[3]) > 65535) throw new Error(`${m[3]} is not a port number.`);
  const secure = protocol === 'wss' || protocol === 'https';
  const hostPort = `${m[2]!.toLowerCase()}${m[3] !== undefined ? `:${m[3]}` : ''}`;
  return {
    ws: `${secure ? 'wss' : 'ws'}://${hostPort}`,
    http: `${secure ? 'https' : 'http'}://${hostPort}`,
    key: newsroomServerKey(hostPort),
  };
}

/** `127.0.0.1:4455` → `127.0.0.1_4455`: a plain folder name on every file system. */
export function newsroomServerKey(hostPort: string): string {
  return (
    hostPort
      .toLowerCase()
      .replace(/[^a-z0-9.-]+/g, '_')
      .slice(0, 200) || 'newsroom'
  );
}

/**
 * The session path of a shared story (`newsroom:SERVER/ID`): never a library file name (those
 * have no ":" or "/"), so a host call given it knows the story is the copy kept for that newsroom.
 */
export function sharedStoryPath(server: string, storyId: string): string {
  return `newsroom:${server}/${storyId}`;
}

export function parseSharedStoryPath(path: string): { server: string; storyId: string } | null {
  const m = /^newsroom:([a-z0-9._-]{1,200})\/(.{1,100})$/.exec(path);
  return m ? { server: m[1]!, storyId: m[2]! } : null;
}
