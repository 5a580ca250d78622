import { languageLabel } from './language-label';

describe('languageLabel', () => {
  it('names the language and keeps the tag', () => {
    expect(languageLabel('es-MX')).toBe('Spanish (Mexico) · es-MX');
    expect(languageLabel('de')).toBe('German · de');
  });

  it('shows a tag it cannot name as it is, and nothing for no tag', () => {
    expect(languageLabel('qaa')).toMatch(/qaa/);
    expect(languageLabel(null)).toBeNull();
    expect(languageLabel('')).toBeNull();
  });
});
