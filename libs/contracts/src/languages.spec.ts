import { LANGUAGE_TAG_PATTERN, deskLanguageOf } from './languages';

describe('deskLanguageOf', () => {
  it('finds the desk language by the primary subtag, in any case', () => {
    expect(deskLanguageOf('es-MX')).toBe('es');
    expect(deskLanguageOf('DE_at')).toBe('de');
    expect(deskLanguageOf('ar')).toBe('ar');
  });

  it('answers undefined for a language the desk does not speak, and for nothing', () => {
    expect(deskLanguageOf('pt-BR')).toBeUndefined();
    expect(deskLanguageOf('')).toBeUndefined();
    expect(deskLanguageOf(null)).toBeUndefined();
  });
});

describe('LANGUAGE_TAG_PATTERN', () => {
  it.each(['en', 'es-MX', 'zh-Hant-TW', 'gsw'])('accepts %s', (tag) => expect(LANGUAGE_TAG_PATTERN.test(tag)).toBe(true));
  it.each(['english', 'e', 'es_MX', 'es-', '<script>', 'es-MX-toolongsubtag'])('refuses %s', (tag) => expect(LANGUAGE_TAG_PATTERN.test(tag)).toBe(false));
});
