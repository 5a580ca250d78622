import { asksForHuman } from './handoff-phrases';

describe('asksForHuman', () => {
  it.each([
    'Talk to a HUMAN, please!',
    'can I speak with a real person',
    'I want to talk to an agent',
    'connect me to someone',
    'human',
    'live agent please',
    'Quiero hablar con una persona',
    'necesito un agente',
    'Ich möchte mit einem Mitarbeiter sprechen',
    'Mensch bitte',
    'Je veux parler à un conseiller',
  ])('hears "%s"', (text) => {
    expect(asksForHuman(text)).toBe(true);
  });

  it.each([
    'How do I add a person to my board?',
    'Can agents see private boards?',
    'What does the human resources template contain?',
    'My invoice shows the wrong company name',
    'Wie setze ich mein Passwort zurück?',
  ])('does not hear it in "%s"', (text) => {
    expect(asksForHuman(text)).toBe(false);
  });
});
