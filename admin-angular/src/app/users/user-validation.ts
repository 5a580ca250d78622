import { PASSWORD_MIN_LENGTH, type Role } from '@parley/contracts';

export interface UserDraft {
  email: string;
  name: string;
  password: string;
  roles: Role[];
}

export type UserFieldErrors = Partial<Record<keyof UserDraft, string>>;

// The server checks the address properly; this catches typing slips before a round trip.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function checkEmail(email: string): string | undefined {
  if (!email.trim()) return 'Enter an e-mail address.';
  return EMAIL.test(email.trim()) ? undefined : 'Enter a valid e-mail address, like dana@example.com.';
}

function checkName(name: string): string | undefined {
  return name.trim() ? undefined : 'Enter a name.';
}

function checkPassword(password: string, required: boolean): string | undefined {
  if (!password) return required ? 'Enter a password.' : undefined;
  return password.length >= PASSWORD_MIN_LENGTH ? undefined : `The password needs at least ${PASSWORD_MIN_LENGTH} characters.`;
}

function withoutBlanks(errors: UserFieldErrors): UserFieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([, message]) => message !== undefined));
}

export function validateNewUser(draft: UserDraft): UserFieldErrors {
  return withoutBlanks({
    email: checkEmail(draft.email),
    name: checkName(draft.name),
    password: checkPassword(draft.password, true),
    roles: draft.roles.length ? undefined : 'Choose at least one role.',
  });
}

/** Editing: a blank password keeps the current one. */
export function validateEdit(draft: Omit<UserDraft, 'roles'>): UserFieldErrors {
  return withoutBlanks({ email: checkEmail(draft.email), name: checkName(draft.name), password: checkPassword(draft.password, false) });
}

export function hasErrors(errors: UserFieldErrors): boolean {
  return Object.keys(errors).length > 0;
}
