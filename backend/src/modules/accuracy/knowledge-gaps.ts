/**
 * Groups visitors' questions by the words that carry their meaning, so the same missing article
 * asked about in different words shows up as one gap.
 */

/** Questions whose token sets overlap at least this much (Jaccard) belong together. */
export const GAP_SIMILARITY_THRESHOLD = 0.5;
export const GAP_MAX_EXAMPLES = 5;

// English function words, greetings and contractions (apostrophes are stripped before the look-up).
const STOPWORDS = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him ' +
    'himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other ' +
    'our ours ourselves out over own same she should so some such than that the their theirs them themselves then there ' +
    'these they this those through to too under until up very was we were what when where which while who whom why will ' +
    'with would you your yours yourself yourselves ' +
    'also get got may might must shall let lets please hi hello hey thanks thank ok okay anyone someone something ' +
    'im ive id ill youre youve whats hows wheres whos theres thats its dont doesnt didnt cant cannot couldnt wont isnt arent wasnt'
  ).split(' '),
);

/** The meaningful words of a question: lower case, no punctuation, no stopwords. */
export function questionTokens(question: string): Set<string> {
  const words = question
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((word) => word.length > 0);
  const meaningful = words.filter((word) => !STOPWORDS.has(word));
  // A question of stopwords only ("how do I?") is still compared by what it says.
  return new Set(meaningful.length > 0 ? meaningful : words);
}

/** |a ∩ b| / |a ∪ b|; two empty sets (questions without a word) count as the same. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const token of a) if (b.has(token)) shared += 1;
  return shared / (a.size + b.size - shared);
}

export interface GapQuestion {
  id: string;
  question: string;
  createdAt: Date;
}

export interface GapGroup {
  /** The newest question of the group: the one the others were matched against. */
  question: string;
  count: number;
  /** Distinct questions of the group, newest first, at most GAP_MAX_EXAMPLES. */
  examples: GapQuestion[];
  lastSeenAt: Date;
}

interface Cluster {
  /** Creation order: of equally similar groups, the older one wins, so results do not depend on hashing. */
  index: number;
  seed: Set<string>;
  group: GapGroup;
  seenTexts: Set<string>;
}

// Stands for the empty token set in the inverted index, so wordless questions find each other.
const EMPTY_KEY = '\u0000';

/**
 * Greedy clustering, newest question first: each question joins the group whose first question it
 * resembles most (Jaccard ≥ threshold), or starts a new group. An inverted index limits the
 * comparisons to groups sharing a word. Most frequent groups first, then the most recent.
 */
export function clusterQuestions(questions: readonly GapQuestion[], threshold = GAP_SIMILARITY_THRESHOLD): GapGroup[] {
  const ordered = [...questions].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const clusters: Cluster[] = [];
  const byToken = new Map<string, Cluster[]>();
  for (const item of ordered) {
    const tokens = questionTokens(item.question);
    const keys = tokens.size > 0 ? [...tokens] : [EMPTY_KEY];
    const best = bestMatch(tokens, keys, byToken, threshold);
    if (best) {
      join(best, item);
      continue;
    }
    const group: GapGroup = { question: item.question, count: 0, examples: [], lastSeenAt: item.createdAt };
    const cluster: Cluster = { index: clusters.length, seed: tokens, group, seenTexts: new Set() };
    join(cluster, item);
    clusters.push(cluster);
    for (const key of keys) {
      const list = byToken.get(key);
      if (list) list.push(cluster);
      else byToken.set(key, [cluster]);
    }
  }
  return clusters
    .map((cluster) => cluster.group)
    .sort((a, b) => b.count - a.count || b.lastSeenAt.getTime() - a.lastSeenAt.getTime());
}

function bestMatch(tokens: Set<string>, keys: string[], byToken: Map<string, Cluster[]>, threshold: number): Cluster | undefined {
  let best: Cluster | undefined;
  let bestScore = threshold;
  const candidates = new Set(keys.flatMap((key) => byToken.get(key) ?? []));
  for (const cluster of candidates) {
    const score = jaccard(tokens, cluster.seed);
    if (score > bestScore || (score === bestScore && (best === undefined || cluster.index < best.index))) {
      best = cluster;
      bestScore = score;
    }
  }
  return best;
}

function join(cluster: Cluster, item: GapQuestion): void {
  const { group } = cluster;
  group.count += 1;
  if (item.createdAt > group.lastSeenAt) group.lastSeenAt = item.createdAt;
  const text = item.question.trim().toLowerCase();
  if (group.examples.length < GAP_MAX_EXAMPLES && !cluster.seenTexts.has(text)) {
    cluster.seenTexts.add(text);
    group.examples.push(item);
  }
}
