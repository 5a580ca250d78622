/**
 * The demo page's script, served as `/demo.js`: it drives the widget only through its public API
 * (attributes, `open()`, `send()`), as a customer's page would.
 */
export const DEMO_SCRIPT = `const chat = document.querySelector('support-chat');

// The widget translates its own texts; the texts the site chose (title, greeting) are the site's to translate.
const siteTexts = {
  en: { title: 'Lumen Boards support', subtitle: 'Ask us anything, day or night', greeting: "Hi! I'm the Lumen Boards assistant. Ask me about plans, billing, boards or your Lumen Frame." },
  es: { title: 'Soporte de Lumen Boards', subtitle: 'Pregúntanos lo que quieras, a cualquier hora', greeting: '¡Hola! Soy el asistente de Lumen Boards. Pregúntame por planes, facturación, tableros o tu Lumen Frame.' },
  ar: { title: 'دعم Lumen Boards', subtitle: 'اسألنا عن أي شيء، في أي وقت', greeting: 'مرحبًا! أنا مساعد Lumen Boards. اسألني عن الخطط أو الفوترة أو اللوحات أو جهاز Lumen Frame.' },
};

function press(selector, button) {
  for (const other of document.querySelectorAll(selector)) other.setAttribute('aria-pressed', String(other === button));
}

for (const button of document.querySelectorAll('[data-locale]')) {
  button.addEventListener('click', () => {
    const locale = button.dataset.locale;
    chat.setAttribute('locale', locale);
    for (const [name, value] of Object.entries(siteTexts[locale])) chat.setAttribute(name, value);
    press('[data-locale]', button);
  });
}

for (const button of document.querySelectorAll('[data-theme]')) {
  button.addEventListener('click', () => {
    chat.setAttribute('theme', button.dataset.theme);
    press('[data-theme]', button);
  });
}

for (const button of document.querySelectorAll('[data-open-chat]')) button.addEventListener('click', () => chat.open());

for (const button of document.querySelectorAll('[data-ask]')) {
  button.addEventListener('click', () => {
    chat.open();
    chat.send(button.dataset.ask);
  });
}
`;
