import { DeskLanguage, deskLanguageOf } from '@parley/contracts';

/** Every text the widget shows by itself. Counts are phrased as "label: n" so no language needs plural rules. */
export interface Strings {
  title: string;
  subtitle: string;
  greeting: string;
  placeholder: string;
  openChat: string;
  closeChat: string;
  unread: (count: number) => string;
  send: string;
  message: string;
  conversation: string;
  you: string;
  bot: string;
  agent: string;
  talkToHuman: string;
  waiting: string;
  queue: (position: number) => string;
  withAgent: (name: string) => string;
  typing: (name: string) => string;
  reconnecting: string;
  sending: string;
  queued: string;
  failed: string;
  sources: string;
  rate: string;
  helpful: string;
  notHelpful: string;
  thanks: string;
  unavailable: string;
}

const en: Strings = {
  title: 'Support',
  subtitle: 'We are here to help',
  greeting: 'Hi! How can we help you today?',
  placeholder: 'Write a message…',
  openChat: 'Open chat',
  closeChat: 'Close chat',
  unread: (count) => `Unread messages: ${count}`,
  send: 'Send',
  message: 'Message',
  conversation: 'Conversation',
  you: 'You',
  bot: 'Assistant',
  agent: 'Agent',
  talkToHuman: 'Talk to a human',
  waiting: 'Waiting for a human agent',
  queue: (position) => `Your place in the queue: ${position}`,
  withAgent: (name) => `You are chatting with ${name}`,
  typing: (name) => `${name} is typing…`,
  reconnecting: 'Reconnecting…',
  sending: 'Sending…',
  queued: 'Waiting for the connection',
  failed: 'Not delivered',
  sources: 'Sources',
  rate: 'Was this answer helpful?',
  helpful: 'Helpful',
  notHelpful: 'Not helpful',
  thanks: 'Thanks for your feedback!',
  unavailable: 'The chat is not available right now. Please try again later.',
};

const es: Strings = {
  title: 'Soporte',
  subtitle: 'Estamos aquí para ayudarte',
  greeting: '¡Hola! ¿En qué podemos ayudarte hoy?',
  placeholder: 'Escribe un mensaje…',
  openChat: 'Abrir chat',
  closeChat: 'Cerrar chat',
  unread: (count) => `Mensajes sin leer: ${count}`,
  send: 'Enviar',
  message: 'Mensaje',
  conversation: 'Conversación',
  you: 'Tú',
  bot: 'Asistente',
  agent: 'Agente',
  talkToHuman: 'Hablar con una persona',
  waiting: 'Esperando a un agente',
  queue: (position) => `Tu lugar en la cola: ${position}`,
  withAgent: (name) => `Estás hablando con ${name}`,
  typing: (name) => `${name} está escribiendo…`,
  reconnecting: 'Reconectando…',
  sending: 'Enviando…',
  queued: 'Esperando la conexión',
  failed: 'No entregado',
  sources: 'Fuentes',
  rate: '¿Te ayudó esta respuesta?',
  helpful: 'Útil',
  notHelpful: 'No es útil',
  thanks: '¡Gracias por tu opinión!',
  unavailable: 'El chat no está disponible ahora. Inténtalo más tarde.',
};

const de: Strings = {
  title: 'Support',
  subtitle: 'Wir sind für Sie da',
  greeting: 'Hallo! Wie können wir Ihnen heute helfen?',
  placeholder: 'Nachricht schreiben…',
  openChat: 'Chat öffnen',
  closeChat: 'Chat schließen',
  unread: (count) => `Ungelesene Nachrichten: ${count}`,
  send: 'Senden',
  message: 'Nachricht',
  conversation: 'Unterhaltung',
  you: 'Sie',
  bot: 'Assistent',
  agent: 'Mitarbeiter',
  talkToHuman: 'Mit einem Menschen sprechen',
  waiting: 'Warten auf einen Mitarbeiter',
  queue: (position) => `Ihr Platz in der Warteschlange: ${position}`,
  withAgent: (name) => `Sie chatten mit ${name}`,
  typing: (name) => `${name} schreibt…`,
  reconnecting: 'Verbindung wird wiederhergestellt…',
  sending: 'Wird gesendet…',
  queued: 'Warten auf die Verbindung',
  failed: 'Nicht zugestellt',
  sources: 'Quellen',
  rate: 'War diese Antwort hilfreich?',
  helpful: 'Hilfreich',
  notHelpful: 'Nicht hilfreich',
  thanks: 'Danke für Ihr Feedback!',
  unavailable: 'Der Chat ist gerade nicht verfügbar. Bitte versuchen Sie es später erneut.',
};

const fr: Strings = {
  title: 'Assistance',
  subtitle: 'Nous sommes là pour vous aider',
  greeting: "Bonjour ! Comment pouvons-nous vous aider aujourd'hui ?",
  placeholder: 'Écrivez un message…',
  openChat: 'Ouvrir le chat',
  closeChat: 'Fermer le chat',
  unread: (count) => `Messages non lus : ${count}`,
  send: 'Envoyer',
  message: 'Message',
  conversation: 'Conversation',
  you: 'Vous',
  bot: 'Assistant',
  agent: 'Conseiller',
  talkToHuman: 'Parler à une personne',
  waiting: "En attente d'un conseiller",
  queue: (position) => `Votre place dans la file d'attente : ${position}`,
  withAgent: (name) => `Vous discutez avec ${name}`,
  typing: (name) => `${name} écrit…`,
  reconnecting: 'Reconnexion…',
  sending: 'Envoi…',
  queued: 'En attente de la connexion',
  failed: 'Non distribué',
  sources: 'Sources',
  rate: 'Cette réponse vous a-t-elle aidé ?',
  helpful: 'Utile',
  notHelpful: 'Pas utile',
  thanks: 'Merci pour votre avis !',
  unavailable: "Le chat n'est pas disponible pour le moment. Veuillez réessayer plus tard.",
};

const ar: Strings = {
  title: 'الدعم',
  subtitle: 'نحن هنا لمساعدتك',
  greeting: 'مرحبًا! كيف يمكننا مساعدتك اليوم؟',
  placeholder: 'اكتب رسالة…',
  openChat: 'فتح المحادثة',
  closeChat: 'إغلاق المحادثة',
  unread: (count) => `رسائل غير مقروءة: ${count}`,
  send: 'إرسال',
  message: 'رسالة',
  conversation: 'المحادثة',
  you: 'أنت',
  bot: 'المساعد',
  agent: 'موظف الدعم',
  talkToHuman: 'التحدث إلى شخص',
  waiting: 'بانتظار موظف الدعم',
  queue: (position) => `ترتيبك في قائمة الانتظار: ${position}`,
  withAgent: (name) => `أنت تتحدث مع ${name}`,
  typing: (name) => `${name} يكتب…`,
  reconnecting: 'جارٍ إعادة الاتصال…',
  sending: 'جارٍ الإرسال…',
  queued: 'بانتظار الاتصال',
  failed: 'لم يتم التسليم',
  sources: 'المصادر',
  rate: 'هل كانت هذه الإجابة مفيدة؟',
  helpful: 'مفيدة',
  notHelpful: 'غير مفيدة',
  thanks: 'شكرًا على ملاحظاتك!',
  unavailable: 'المحادثة غير متاحة حاليًا. يُرجى المحاولة لاحقًا.',
};

// Typed by the desk's languages: a language the server speaks but the widget does not fails the build.
const STRINGS: Readonly<Record<DeskLanguage, Strings>> = { en, es, de, fr, ar };
const RIGHT_TO_LEFT = new Set(['ar']);

export interface Language {
  lang: DeskLanguage;
  dir: 'ltr' | 'rtl';
  strings: Strings;
}

/**
 * The first supported language among the `locale` attribute, the host page's `lang` and the
 * browser's language, by primary subtag (`es-MX` is Spanish); English when none is supported.
 */
export function resolveLanguage(...candidates: (string | null | undefined)[]): Language {
  for (const candidate of candidates) {
    const lang = deskLanguageOf(candidate);
    if (lang) return { lang, dir: RIGHT_TO_LEFT.has(lang) ? 'rtl' : 'ltr', strings: STRINGS[lang] };
  }
  return { lang: 'en', dir: 'ltr', strings: en };
}
