import { ibanValid, luhnValid } from './checksums';

describe('luhnValid', () => {
  it.each(['4111111111111111', '5555555555554444', '378282246310005', '6011111111111117', '4222222222222', '0'])('accepts %s', (digits) => {
    expect(luhnValid(digits)).toBe(true);
  });

  it.each(['4111111111111112', '1234567890123456', '', '4111 1111 1111 1111'])('refuses "%s"', (digits) => {
    expect(luhnValid(digits)).toBe(false);
  });
});

describe('ibanValid', () => {
  it.each(['DE89370400440532013000', 'GB82WEST12345698765432', 'FR1420041010050500013M02606', 'NL91ABNA0417164300', 'NO9386011117947'])(
    'accepts %s',
    (iban) => expect(ibanValid(iban)).toBe(true),
  );

  it.each([
    ['a wrong check digit', 'DE89370400440532013001'],
    ['swapped digits', 'DE89370400440532010300'],
    ['lower case', 'de89370400440532013000'],
    ['spaces', 'DE89 3704 0044 0532 0130 00'],
    ['too short', 'DE8937040044'],
    ['no country code', '1289370400440532013000'],
  ])('refuses %s', (_, iban) => expect(ibanValid(iban)).toBe(false));
});
