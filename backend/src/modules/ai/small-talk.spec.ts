import { smallTalk } from './small-talk';

describe('smallTalk', () => {
  it.each([
    ['Hi', 'greeting'],
    ['hello there!', 'greeting'],
    ['Good morning 👋', 'greeting'],
    ['¡Hola!', 'greeting'],
    ['Guten Tag', 'greeting'],
    ['Bonjour', 'greeting'],
    ['أهلاً', 'greeting'],
    ['Thanks!', 'thanks'],
    ['ok thank you very much', 'thanks'],
    ['Muchas gracias', 'thanks'],
    ['Danke schön', 'thanks'],
    ['merci beaucoup', 'thanks'],
    ['شكرا جزيلا', 'thanks'],
    ['Great, thanks, bye!', 'goodbye'],
    ['Tschüss', 'goodbye'],
    ['À bientôt', 'goodbye'],
  ])('takes %j for %s', (text, kind) => {
    expect(smallTalk(text)).toBe(kind);
  });

  it.each([
    'Hi, how do I get a refund?',
    'hello I cannot log in',
    'thanks but it still does not work',
    'Do you sell standing desks?',
    'ok',
    '',
    'hi '.repeat(30),
  ])('leaves %j to the help center', (text) => {
    expect(smallTalk(text)).toBeUndefined();
  });
});
