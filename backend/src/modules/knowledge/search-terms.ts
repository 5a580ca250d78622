/**
 * Words that carry no meaning for retrieval, in the languages the sample knowledge base ships. They
 * are dropped from the index and from questions, so "how do I …" does not match every article.
 */
const STOPWORDS = new Set(
  [
    // English
    'a an and are as at be been but by can could do does did for from had has have how i if in into is it its me my of on or our so than that the their them then there these they this to too us was we were what when where which who why will with would you your yours am any just about should get got please hi hello thanks',
    // Spanish
    'el la los las un una unos unas y o de del al en con por para que como es son mi mis tu su sus se lo le me no si hola cómo qué',
    // German
    'der die das den dem des ein eine einen einem und oder zu im in mit von für ist sind ich du sie es wie was wo mein meine ich kann hallo nicht',
  ]
    .join(' ')
    .split(' '),
);

/** Lower-cases and drops stopwords; returns null for a term to skip (MiniSearch's processTerm). */
export function processTerm(term: string): string | null {
  const lower = term.toLowerCase();
  return lower.length < 2 || STOPWORDS.has(lower) ? null : lower;
}

/** The distinct meaningful terms of a text, tokenised like the index does. */
export function meaningfulTerms(text: string): string[] {
  const terms = text
    .split(/[\s\p{P}\p{S}]+/u)
    .map((term) => processTerm(term))
    .filter((term): term is string => term !== null);
  return [...new Set(terms)];
}
