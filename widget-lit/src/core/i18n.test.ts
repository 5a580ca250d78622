import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DESK_LANGUAGES } from '@parley/contracts';
import { resolveLanguage } from './i18n';

describe('resolveLanguage', () => {
  it('speaks every desk language, Arabic right to left', () => {
    assert.deepEqual(DESK_LANGUAGES.map((lang) => resolveLanguage(lang).lang), ['en', 'es', 'de', 'fr', 'ar']);
    assert.equal(resolveLanguage('ar').dir, 'rtl');
    assert.equal(resolveLanguage('de').dir, 'ltr');
  });

  it('takes the first supported candidate by primary subtag, else English', () => {
    assert.equal(resolveLanguage('es-MX').lang, 'es');
    assert.equal(resolveLanguage('', 'ar-EG', 'en').lang, 'ar');
    assert.equal(resolveLanguage('fr-CA').strings.send, 'Envoyer');
    assert.equal(resolveLanguage('pt', undefined, 'ja-JP').lang, 'en');
    assert.equal(resolveLanguage('ES_es').strings.send, 'Enviar');
  });

  it('has every text in every language, none empty', () => {
    const keys = Object.keys(resolveLanguage('en').strings).sort();
    for (const lang of DESK_LANGUAGES) {
      const { strings } = resolveLanguage(lang);
      assert.deepEqual(Object.keys(strings).sort(), keys, lang);
      for (const [key, value] of Object.entries(strings)) {
        const text = typeof value === 'function' ? String(value(2)) : value;
        assert.ok(text.trim().length > 0, `${lang}.${key}`);
      }
    }
  });
});
