import { normaliseText } from './normalise-text';

/**
 * Ways visitors ask for a person, in the languages Parley ships. Matched on a normalised message
 * (lower case, no accents, single spaces), so "Talk to a HUMAN, please!" counts.
 */
const PATTERNS: readonly RegExp[] = [
  // English
  /\b(talk|speak|chat)\s+(to|with)\s+(a\s+|an\s+|some\s*one|somebody|the\s+)?(human|person|real person|agent|someone|somebody|operator|representative|rep|staff|support)\b/,
  /\b(human|real person|live agent|live person|live chat|operator|customer service|representative)\s*(please|pls)?\s*[!.?]*$/,
  /\b(get|connect|transfer|put)\s+me\s+(to|with|through to)\s+(a\s+|an\s+)?(human|person|agent|someone|operator|representative)\b/,
  /\bi\s+(want|need|would like)\s+(to\s+(talk|speak)\s+(to|with)\s+)?(a\s+|an\s+)?(human|person|real person|agent)\b/,
  // Spanish
  /\b(hablar|comunicarme|chatear)\s+con\s+(una\s+|un\s+|alguien|el\s+)?(persona|humano|agente|operador|asesor)?\b.*\b(persona|humano|agente|operador|asesor|alguien)\b/,
  /\b(quiero|necesito)\s+(una\s+|un\s+)?(persona|humano|agente|operador)\b/,
  // German
  /\b(mit\s+)?(einem|einer)\s+(menschen|mitarbeiter|mitarbeiterin|person|berater|beraterin)\s+(sprechen|reden|chatten)\b/,
  /\b(mensch|mitarbeiter|echte person)\s*(bitte)?\s*[!.?]*$/,
  // French
  /\b(parler|discuter)\s+(a|avec)\s+(un|une|quelqu'?un)\s*(humain|personne|agent|conseiller|conseillere)?\b/,
];

export function asksForHuman(text: string): boolean {
  const normalised = normaliseText(text);
  return PATTERNS.some((pattern) => pattern.test(normalised));
}
