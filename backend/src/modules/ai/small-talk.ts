import { normaliseText } from './normalise-text';

/** A message that is only a greeting, a thank-you or a goodbye: no question for the help center. */
export type SmallTalk = 'greeting' | 'thanks' | 'goodbye';

const PHRASES: Readonly<Record<SmallTalk, readonly string[]>> = {
  greeting: [
    'hi', 'hello', 'hey', 'hiya', 'howdy', 'good morning', 'good afternoon', 'good evening',
    'hola', 'buenas', 'buenos dias', 'buenas tardes', 'buenas noches',
    'hallo', 'guten tag', 'guten morgen', 'guten abend', 'servus', 'moin',
    'bonjour', 'bonsoir', 'salut', 'coucou',
    'مرحبا', 'أهلا', 'السلام عليكم',
  ],
  thanks: [
    'thanks', 'thank you', 'thanks a lot', 'thank you very much', 'thank you so much', 'many thanks', 'thx', 'ty', 'cheers',
    'gracias', 'muchas gracias', 'mil gracias',
    'danke', 'danke schön', 'danke sehr', 'vielen dank',
    'merci', 'merci beaucoup',
    'شكرا', 'شكرا لك', 'شكرا جزيلا',
  ],
  goodbye: [
    'bye', 'bye bye', 'goodbye', 'see you', 'see ya',
    'adios', 'hasta luego', 'chao', 'chau',
    'tschüss', 'auf wiedersehen', 'ciao',
    'au revoir', 'à bientôt',
    'مع السلامة', 'وداعا',
  ],
};

/** Words that may go with the phrases without making a question of them: "ok thanks", "hi there". */
const FILLERS = new Set(['ok', 'okay', 'oh', 'great', 'perfect', 'there', 'all', 'everyone', 'team', 'again', 'and', 'very', 'much', 'vale', 'genial', 'super', 'parfait', 'alors']);

// Longest phrases first, so "thank you very much" is one phrase, not "thank you" and two fillers.
const KNOWN = Object.entries(PHRASES)
  .flatMap(([kind, phrases]) => phrases.map((phrase) => ({ kind: kind as SmallTalk, words: words(phrase) })))
  .sort((a, b) => b.words.length - a.words.length);

/** Letters, digits and apostrophes only: marks, punctuation and emoji do not change what was said. */
function words(text: string): string[] {
  return normaliseText(text)
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}'\s]/gu, ' ')
    .split(' ')
    .filter((word) => word.length > 0);
}

/**
 * What kind of small talk a whole message is, or undefined when it says anything more ("hi, how do I
 * get a refund?" is a question). With a goodbye in it, it is a goodbye; else with thanks, thanks.
 */
export function smallTalk(text: string): SmallTalk | undefined {
  if (text.length > 80) return undefined;
  const said = words(text);
  const kinds = new Set<SmallTalk>();
  for (let at = 0; at < said.length; ) {
    const phrase = KNOWN.find((known) => known.words.every((word, offset) => said[at + offset] === word));
    if (phrase) {
      kinds.add(phrase.kind);
      at += phrase.words.length;
    } else if (FILLERS.has(said[at] ?? '')) at += 1;
    else return undefined;
  }
  if (kinds.has('goodbye')) return 'goodbye';
  if (kinds.has('thanks')) return 'thanks';
  return kinds.has('greeting') ? 'greeting' : undefined;
}
