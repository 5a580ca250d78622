import { ibanValid, luhnValid } from './checksums';
import { RunRule, replaceInRuns } from './token-runs';

export const PII_PLACEHOLDERS = {
  email: '[email]',
  iban: '[iban]',
  card: '[card]',
  ssn: '[ssn]',
  ip: '[ip]',
  phone: '[phone]',
} as const;

// Starts only where no address character precedes: otherwise every position of a long run of
// letters or digits would start a match that scans to the run's end (quadratic time).
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

const IBAN: RunRule = {
  run: /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}[A-Za-z0-9]*(?:[ \u00A0][A-Za-z0-9]+)*/gu,
  token: /[A-Za-z0-9]+/g,
  maxTokens: 9, // 34 characters at most, written in groups of 4
  startsMidRun: true,
  accepts: (slice) => ibanValid(slice.replace(/[ \u00A0]/g, '').toUpperCase()),
  placeholder: PII_PLACEHOLDERS.iban,
};

const CARD: RunRule = {
  // Not after "+": "+44 7700 900 123 4567"-like runs are phone numbers, left to the phone rule.
  run: /(?<![\d+])\d+(?:[ \u00A0-]\d+)*/g,
  token: /\d+/g,
  maxTokens: 5,
  startsMidRun: true,
  accepts: isCardNumber,
  placeholder: PII_PLACEHOLDERS.card,
};

/** A US social security number, written with dashes; the ranges the SSA never issues are left alone. */
const SSN = /(?<![\d-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\d-])/g;

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
/** Not inside a longer dotted number such as a version "1.2.3.4.5". */
const IPV4 = new RegExp(`(?<![\\w.])${OCTET}(?:\\.${OCTET}){3}(?![\\w]|\\.\\d)`, 'g');

const PHONE: RunRule = {
  run: /(?<![\p{L}\p{N}+@#._/-])\+?(?:\(\d+\)\d*|\d+)(?:[ \u00A0./-](?:\(\d+\)\d*|\d+))*/gu,
  token: /\+?(?:\(\d+\)\d*|\d+)/g,
  maxTokens: 8,
  startsMidRun: false,
  accepts: isPhoneNumber,
  placeholder: PII_PLACEHOLDERS.phone,
};

/**
 * Replaces e-mail addresses, IBANs, payment card numbers, US social security numbers, IPv4 addresses
 * and phone numbers by placeholders such as `[email]`, so text can leave for a third party (Gemini)
 * without the visitor's personal details. Pure; the stored conversation is never touched.
 *
 * Numbers are only replaced when they pass a checksum (cards: Luhn; IBANs: mod 97) or look like a
 * phone number in a way ordinary numbers do not (see isPhoneNumber), so order numbers, counts, years
 * and prices survive. The order matters: an e-mail address may hold digits, and card numbers, SSNs
 * and addresses would otherwise be taken for phone numbers.
 */
export function redactPii(text: string): string {
  let out = text.replace(EMAIL, PII_PLACEHOLDERS.email);
  out = replaceInRuns(out, IBAN);
  out = replaceInRuns(out, CARD);
  out = out.replace(SSN, PII_PLACEHOLDERS.ssn);
  out = out.replace(IPV4, PII_PLACEHOLDERS.ip);
  return replaceInRuns(out, PHONE);
}

/**
 * 13 to 19 digits passing Luhn, written in one piece or in groups the way card numbers are printed:
 * a first group of 4, then groups of 3 to 6 ("4111 1111 1111 1111", "3782 822463 10005"). Dates and
 * other grouped numbers ("2024-05-12 2024-06-01") fail the grouping even when Luhn happens to pass.
 */
function isCardNumber(slice: string): boolean {
  const groups = slice.split(/[ \u00A0-]/);
  const digits = groups.join('');
  if (digits.length < 13 || digits.length > 19) return false;
  const printedLikeACard = groups.length === 1 || (groups[0].length === 4 && groups.every((group) => group.length >= 3 && group.length <= 6));
  return printedLikeACard && luhnValid(digits);
}

const NORTH_AMERICAN = /^(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}$/;
const STARTS_WITH_DATE = /^\d{1,2}([./-])\d{1,2}\1\d{4}(?!\d)/;

/**
 * What sets a phone number apart from other numbers is its prefix or its shape, not its digits:
 * - international: "+49 30 1234567" (8 to 15 digits), or "0049 30 1234567" (separated, so that a
 *   zero-padded reference such as "0012345678" stays);
 * - North American: "(415) 555-2671", "415-555-2671", "1-800-555-0199";
 * - national with a trunk 0: "030 1234567", "0171-1234567", "06 12 34 56 78" (9 to 12 digits),
 *   but not a date that starts with a zero ("01.05.2024").
 * A number without any of these ("order 12345678", "2024", "1 299") is not a phone number.
 */
function isPhoneNumber(slice: string): boolean {
  const digits = slice.replace(/\D/g, '').length;
  if (slice.startsWith('+')) return digits >= 8 && digits <= 15;
  if (/^00[1-9]/.test(slice)) return digits >= 10 && digits <= 17 && /[^\d]/.test(slice);
  if (NORTH_AMERICAN.test(slice)) return true;
  if (/^\(?0[1-9]/.test(slice)) return digits >= 9 && digits <= 12 && !STARTS_WITH_DATE.test(slice);
  return false;
}
