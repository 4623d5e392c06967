/**
 * A synthetic archive of N articles for the benchmark: realistic length (twelve paragraphs,
 * about 700 words), claims shared across outlets, quotes and citations taken verbatim from the
 * text so every integrity rule passes. Deterministic: the same N gives the same corpus.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';

const WORDS = (
  'the of and to a in that is was he for it with as his on be at by had are but from or have an they which one you were ' +
  'her all she there would their we him been has when who will more no if out so said what up its about into than them ' +
  'can only other new some could time these two may then do first any my now such like our over man me even most made ' +
  'after also did many before must through back years where much your way well down should because each just those people ' +
  'security guarantees treaty alliance border missile talks draft proposal response agreement expansion east west defence ' +
  'ministry president spokesman conference negotiations sovereignty deployment weapons troops promise assurance europe'
).split(' ');

/** A small, seeded generator, so corpora are reproducible. */
function random(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

const OUTLETS = 10;
const SPEAKERS = 8;
const TOPICS = 6;
const CLAIMS_PER_ARTICLE = 3;
const PARAGRAPHS = 12;

function isoDay(offset: number): string {
  const date = new Date(Date.UTC(2021, 11, 1 + offset));
  return date.toISOString().slice(0, 10);
}

export function writeCorpus(root: string, articles: number): void {
  const next = random(articles * 7919);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
  const sentence = (words: number) => {
    const text = Array.from({ length: words }, () => pick(WORDS)).join(' ');
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  };
  const events = Math.min(60, articles);
  const claimPool = Math.max(1, Math.floor((articles * CLAIMS_PER_ARTICLE) / 3)); // each claim reported about three times

  mkdirSync(path.join(root, 'articles'), { recursive: true });
  mkdirSync(path.join(root, 'captures'), { recursive: true });
  const dump = (name: string, data: unknown) => writeFileSync(path.join(root, name), yaml.dump(data, { lineWidth: -1 }));
  dump('outlets.yaml', Array.from({ length: OUTLETS }, (_, i) => ({ id: `outlet-${i}`, name: `Outlet ${i}`, country: null, kind: 'news website', homepage: null, basis: 'A synthetic outlet.' })));
  dump('speakers.yaml', Array.from({ length: SPEAKERS }, (_, i) => ({ id: `speaker-${i}`, name: `Speaker ${i}`, kind: 'person', role: `Role ${i}` })));
  dump('topics.yaml', Array.from({ length: TOPICS }, (_, i) => ({ id: `topic-${i}`, name: `Topic ${i}`, description: `Synthetic topic ${i}.` })));
  // Nothing published yet, nothing corrected.
  dump('published.yaml', []);
  dump('corrections.yaml', []);

  const citations: { article: string; text: string }[][] = Array.from({ length: events }, () => []);
  for (let a = 0; a < articles; a++) {
    const id = `synthetic-${String(a).padStart(5, '0')}`;
    const paragraphs = Array.from({ length: PARAGRAPHS }, (_, p) => `${sentence(12)} ${sentence(16)} ${sentence(14)} ${sentence(15)} [${a}.${p}]`);
    const event = a % events;
    if (citations[event].length < 3) citations[event].push({ article: id, text: paragraphs[0].split('.')[0] });
    const claims = Array.from({ length: CLAIMS_PER_ARTICLE }, (_, c) => {
      const k = (a * CLAIMS_PER_ARTICLE + c * 7) % claimPool;
      return {
        id: `claim-${k}`,
        speaker: `speaker-${k % SPEAKERS}`,
        summary: `Speaker ${k % SPEAKERS} says synthetic claim number ${k}.`,
        topics: [`topic-${k % TOPICS}`],
        event: null,
        // The second sentence of paragraph c + 1: verbatim, and no two quotes share words.
        quotes: [{ text: `${paragraphs[c + 1].split('. ')[1]}.`, form: c === 0 ? 'paraphrase' : 'direct' }],
      };
    });
    const frontmatter = {
      title: `Synthetic article ${a}: ${sentence(6).slice(0, -1)}`,
      outlet: `outlet-${a % OUTLETS}`,
      author: null,
      date: isoDay(a % 80),
      dateline: null,
      speaker: `speaker-${a % SPEAKERS}`,
      event: `event-${event}`,
      source: { capture: `${id}.txt`, url: null },
      completeness: { status: 'complete', basis: 'Synthetic: the capture holds the title and the whole text.' },
      inferred: { outlet: 'Synthetic: the capture does not name it.', date: 'Synthetic: the capture does not print it.', event: 'Synthetic: the text does not name it.' },
      removed: [],
      claims,
    };
    writeFileSync(path.join(root, 'captures', `${id}.txt`), `${frontmatter.title}\n\n${paragraphs.join('\n\n')}\n`);
    writeFileSync(path.join(root, 'articles', `${id}.mdx`), `---\n${yaml.dump(frontmatter, { lineWidth: -1 })}---\n\n${paragraphs.join('\n\n')}\n`);
  }
  dump(
    'events.yaml',
    citations.map((cited, e) => ({ id: `event-${e}`, date: isoDay(e), title: `Synthetic event ${e}`, inferred: { date: 'Synthetic: no cited paragraph prints it.' }, citations: cited })),
  );
}
