import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SUPPORTED_LANGUAGES, resolveLanguage } from './i18n';

describe('resolveLanguage', () => {
  it('supports English, Spanish and Arabic, Arabic right to left', () => {
    assert.deepEqual(SUPPORTED_LANGUAGES, ['en', 'es', 'ar']);
    assert.equal(resolveLanguage('ar').dir, 'rtl');
    assert.equal(resolveLanguage('es').dir, 'ltr');
  });

  it('takes the first supported candidate by primary subtag, else English', () => {
    assert.equal(resolveLanguage('es-MX').lang, 'es');
    assert.equal(resolveLanguage('', 'ar-EG', 'en').lang, 'ar');
    assert.equal(resolveLanguage('fr', undefined, 'de-DE').lang, 'en');
    assert.equal(resolveLanguage('ES_es').strings.send, 'Enviar');
  });

  it('has every text in every language, none empty', () => {
    const keys = Object.keys(resolveLanguage('en').strings).sort();
    for (const lang of SUPPORTED_LANGUAGES) {
      const { strings } = resolveLanguage(lang);
      assert.deepEqual(Object.keys(strings).sort(), keys, lang);
      for (const [key, value] of Object.entries(strings)) {
        const text = typeof value === 'function' ? String(value(2)) : value;
        assert.ok(text.trim().length > 0, `${lang}.${key}`);
      }
    }
  });
});
