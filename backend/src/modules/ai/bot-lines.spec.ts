import { DESK_LANGUAGES } from '@parley/contracts';
import { botLines } from './bot-lines';

describe('botLines', () => {
  it('speaks the session’s language by its primary subtag, English for any other or none', () => {
    expect(botLines('fr-CA').failed()).toMatch(/^J'ai du mal à répondre/);
    expect(botLines('zh').failed()).toMatch(/^I'm having trouble answering/);
    expect(botLines(null).noAnswer()).toMatch(/^I couldn't find a reliable answer/);
  });

  it('has every line in every desk language, each its own', () => {
    const english = botLines('en');
    for (const language of DESK_LANGUAGES.filter((code) => code !== 'en')) {
      const lines = botLines(language);
      expect(lines.noAnswer()).not.toBe(english.noAnswer());
      expect(lines.doubtful()).not.toBe(english.doubtful());
      expect(lines.failed()).not.toBe(english.failed());
      expect(lines.greeting()).not.toBe(english.greeting());
      expect(lines.thanks()).not.toBe(english.thanks());
      expect(lines.goodbye()).not.toBe(english.goodbye());
    }
  });
});
