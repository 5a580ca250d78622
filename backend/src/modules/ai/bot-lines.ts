import { DeskLanguage, deskLanguageOf } from '@parley/contracts';

/**
 * What the bot says by itself: when it steps aside (the queue's own system message follows each of
 * these), and to small talk, which needs no help center and no person.
 */
export interface BotLines {
  noAnswer(): string;
  doubtful(): string;
  failed(): string;
  greeting(): string;
  thanks(): string;
  goodbye(): string;
}

const en: BotLines = {
  noAnswer: () => "I couldn't find a reliable answer to that in our help center, so I'm bringing in a person from our team.",
  doubtful: () => "I haven't been sure about my last answers, so I'm bringing in a person from our team to help.",
  failed: () => "I'm having trouble answering right now, so I'm bringing in a person from our team.",
  greeting: () => 'Hi! What can I help you with?',
  thanks: () => "You're welcome! Is there anything else I can help you with?",
  goodbye: () => 'Thanks for reaching out. Have a great day!',
};

const es: BotLines = {
  noAnswer: () => 'No encontré una respuesta fiable a eso en nuestro centro de ayuda, así que te paso con una persona de nuestro equipo.',
  doubtful: () => 'No he estado seguro de mis últimas respuestas, así que te paso con una persona de nuestro equipo.',
  failed: () => 'Ahora mismo tengo problemas para responder, así que te paso con una persona de nuestro equipo.',
  greeting: () => '¡Hola! ¿En qué puedo ayudarte?',
  thanks: () => '¡De nada! ¿Hay algo más en lo que pueda ayudarte?',
  goodbye: () => 'Gracias por escribirnos. ¡Que tengas un buen día!',
};

const de: BotLines = {
  noAnswer: () => 'Dazu habe ich in unserem Hilfecenter keine verlässliche Antwort gefunden, deshalb hole ich eine Person aus unserem Team dazu.',
  doubtful: () => 'Bei meinen letzten Antworten war ich mir nicht sicher, deshalb hole ich eine Person aus unserem Team dazu.',
  failed: () => 'Ich kann gerade nicht antworten, deshalb hole ich eine Person aus unserem Team dazu.',
  greeting: () => 'Hallo! Wobei kann ich Ihnen helfen?',
  thanks: () => 'Gern geschehen! Kann ich Ihnen sonst noch helfen?',
  goodbye: () => 'Danke für Ihre Nachricht. Einen schönen Tag noch!',
};

const fr: BotLines = {
  noAnswer: () => "Je n'ai pas trouvé de réponse fiable dans notre centre d'aide, je fais donc appel à une personne de notre équipe.",
  doubtful: () => "Je n'étais pas sûr de mes dernières réponses, je fais donc appel à une personne de notre équipe.",
  failed: () => "J'ai du mal à répondre pour le moment, je fais donc appel à une personne de notre équipe.",
  greeting: () => 'Bonjour ! Comment puis-je vous aider ?',
  thanks: () => 'Je vous en prie ! Puis-je vous aider pour autre chose ?',
  goodbye: () => 'Merci de nous avoir contactés. Bonne journée !',
};

const ar: BotLines = {
  noAnswer: () => 'لم أجد إجابة موثوقة عن ذلك في مركز المساعدة، لذا سأحوّلك إلى أحد أعضاء فريقنا.',
  doubtful: () => 'لم أكن متأكدًا من إجاباتي الأخيرة، لذا سأحوّلك إلى أحد أعضاء فريقنا.',
  failed: () => 'أواجه صعوبة في الإجابة الآن، لذا سأحوّلك إلى أحد أعضاء فريقنا.',
  greeting: () => 'مرحبًا! كيف يمكنني مساعدتك؟',
  thanks: () => 'على الرحب والسعة! هل هناك شيء آخر يمكنني مساعدتك به؟',
  goodbye: () => 'شكرًا لتواصلك معنا. أتمنى لك يومًا سعيدًا!',
};

const LINES: Readonly<Record<DeskLanguage, BotLines>> = { en, es, de, fr, ar };

/** The bot's lines in the session's language; English when the desk does not speak it. */
export function botLines(language: string | null): BotLines {
  return LINES[deskLanguageOf(language) ?? 'en'];
}
