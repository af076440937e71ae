import type MiniSearch from 'minisearch';

/**
 * MiniSearch's serialized form (what `JSON.stringify(index)` writes and `MiniSearch.loadJS`
 * reads), written term by term. `JSON.stringify` first asks the index for `toJSON()`, a copy of
 * every posting as plain objects: for the bench's 5,000 stories that copy and the string made
 * from it briefly took the host's heap from about 110 MB to 240 MB each time the index file was
 * saved. Here only the text is built, one term at a time; the result is the same text
 * (tests/unit/search-index-file.test.ts compares the two).
 *
 * It reads MiniSearch's state, which MiniSearch declares `protected` (for subclasses), through
 * the shape below.
 */
interface MiniSearchState {
  _documentCount: number;
  _nextId: number;
  _documentIds: Map<number, unknown>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _storedFields: Map<number, unknown>;
  _dirtCount: number;
  _index: Iterable<[string, Map<number, Map<number, number>>]>;
}

/** `{"1":…,"2":…}` for a map with integer keys, in ascending key order as JSON.stringify writes an object's integer keys. */
function integerKeyed<V>(map: Map<number, V>, value: (v: V) => string): string {
  let keys = [...map.keys()];
  for (let i = 1; i < keys.length; i++) {
    if ((keys[i - 1] as number) > (keys[i] as number)) {
      keys = keys.sort((a, b) => a - b);
      break;
    }
  }
  const parts: string[] = [];
  for (const key of keys) parts.push(`"${key}":${value(map.get(key) as V)}`);
  return `{${parts.join(',')}}`;
}

/** The same text as `JSON.stringify(index)`, without the copy of the index `toJSON` makes. */
export function serializeIndex<T>(index: MiniSearch<T>): string {
  const state = index as unknown as MiniSearchState;
  const terms: string[] = [];
  for (const [term, fields] of state._index) {
    const byField = new Map<number, string>();
    for (const [fieldId, postings] of fields) byField.set(fieldId, integerKeyed(postings, String));
    terms.push(`[${JSON.stringify(term)},${integerKeyed(byField, (v) => v)}]`);
  }
  return [
    `{"documentCount":${state._documentCount}`,
    `"nextId":${state._nextId}`,
    `"documentIds":${integerKeyed(state._documentIds, (v) => JSON.stringify(v))}`,
    `"fieldIds":${JSON.stringify(state._fieldIds)}`,
    `"fieldLength":${integerKeyed(state._fieldLength, (v) => JSON.stringify(v))}`,
    `"averageFieldLength":${JSON.stringify(state._avgFieldLength)}`,
    `"storedFields":${integerKeyed(state._storedFields, (v) => JSON.stringify(v))}`,
    `"dirtCount":${state._dirtCount}`,
    `"index":[${terms.join(',')}]`,
    `"serializationVersion":2}`,
  ].join(',');
}
