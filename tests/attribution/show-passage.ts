// Prints own-set passages by id with the engine's reading of each quote and the gold, for reading a
// part's mistakes while tuning on it: npx tsx tests/attribution/show-passage.ts f24-some-id ...
import { analyzeText } from '../../shared/attribution/index';
import { ownSetAll } from './own-set/index';

for (const id of process.argv.slice(2)) {
  const item = ownSetAll.find((i) => i.id === id);
  if (!item) {
    console.log(`no passage ${id}`);
    continue;
  }
  console.log(`=== ${id}`);
  for (const [i, p] of item.text.split('\n').entries()) console.log(`[${i}] ${p}`);
  const result = analyzeText(item.text);
  const name = (sid: string | null | undefined) => result.cast.find((c) => c.id === sid)?.name ?? null;
  for (const q of result.quotes) {
    const who = q.speakerName ?? (q.ambiguous ? `? ${name(q.suggestedSpeakerId)}` : '-');
    console.log(`  engine ${JSON.stringify(q.text.slice(0, 50))} | ${who} | ${q.cue}`);
  }
  for (const g of item.quotes) console.log(`  gold   ${JSON.stringify(g.quote.slice(0, 50))} | ${g.speaker}`);
}
