import { DESK_LANGUAGES } from '@parley/contracts';
import { systemLines } from './system-messages';

describe('systemLines', () => {
  it('speaks the session’s language by its primary subtag, English for any other or none', () => {
    expect(systemLines('es-MX').closed()).toBe('Esta conversación se ha cerrado.');
    expect(systemLines('de').assigned('Dana')).toBe('Sie sprechen jetzt mit Dana.');
    expect(systemLines('pt-BR').closed()).toBe('This conversation was closed.');
    expect(systemLines(null).assigned(undefined)).toBe('You are now talking to an agent.');
  });

  it('has every line in every desk language, each naming what it is given', () => {
    for (const language of DESK_LANGUAGES) {
      const lines = systemLines(language);
      expect(lines.assigned('Dana')).toContain('Dana');
      expect(lines.released('Dana')).toContain('Dana');
      expect(lines.closedIdle(45)).toContain('45');
      for (const text of [lines.queued(), lines.closed(), lines.reopened(), lines.assigned(undefined)]) expect(text.trim()).not.toBe('');
    }
  });
});
