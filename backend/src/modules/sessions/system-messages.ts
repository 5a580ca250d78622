import { DeskLanguage, deskLanguageOf } from '@parley/contracts';

/** The system lines a visitor reads when the conversation changes hands; wording lives here only. */
export interface SystemLines {
  queued(): string;
  /** Without a name: the agent's account is gone. */
  assigned(agentName: string | undefined): string;
  released(agentName: string): string;
  closed(): string;
  closedIdle(minutes: number): string;
  reopened(): string;
}

const en: SystemLines = {
  queued: () => 'You are in the queue for a human agent. Someone will be with you shortly.',
  assigned: (name) => `You are now talking to ${name ?? 'an agent'}.`,
  released: (name) => `${name} has left the conversation. You are back in the queue.`,
  closed: () => 'This conversation was closed.',
  closedIdle: (minutes) => `This conversation was closed after ${minutes} minutes without messages.`,
  reopened: () => 'The conversation was reopened.',
};

const es: SystemLines = {
  queued: () => 'Estás en la cola para hablar con un agente. Alguien te atenderá en breve.',
  assigned: (name) => `Ahora estás hablando con ${name ?? 'un agente'}.`,
  released: (name) => `${name} ha salido de la conversación. Vuelves a estar en la cola.`,
  closed: () => 'Esta conversación se ha cerrado.',
  closedIdle: (minutes) => `Esta conversación se cerró tras ${minutes} minutos sin mensajes.`,
  reopened: () => 'La conversación se ha reabierto.',
};

const de: SystemLines = {
  queued: () => 'Sie sind in der Warteschlange für einen Mitarbeiter. Gleich ist jemand für Sie da.',
  assigned: (name) => `Sie sprechen jetzt mit ${name ?? 'einem Mitarbeiter'}.`,
  released: (name) => `${name} hat das Gespräch verlassen. Sie sind wieder in der Warteschlange.`,
  closed: () => 'Dieses Gespräch wurde beendet.',
  closedIdle: (minutes) => `Dieses Gespräch wurde nach ${minutes} Minuten ohne Nachrichten beendet.`,
  reopened: () => 'Das Gespräch wurde wieder geöffnet.',
};

const fr: SystemLines = {
  queued: () => "Vous êtes dans la file d'attente pour un conseiller. Quelqu'un va vous répondre sous peu.",
  assigned: (name) => `Vous parlez maintenant avec ${name ?? 'un conseiller'}.`,
  released: (name) => `${name} a quitté la conversation. Vous êtes de nouveau dans la file d'attente.`,
  closed: () => 'Cette conversation a été fermée.',
  closedIdle: (minutes) => `Cette conversation a été fermée après ${minutes} minutes sans message.`,
  reopened: () => 'La conversation a été rouverte.',
};

// The idle time is phrased as "label: n", as in the widget, so no plural forms are needed.
const ar: SystemLines = {
  queued: () => 'أنت الآن في قائمة الانتظار للتحدث إلى موظف الدعم. سيكون أحدهم معك قريبًا.',
  assigned: (name) => `أنت الآن تتحدث مع ${name ?? 'موظف الدعم'}.`,
  released: (name) => `غادر ${name} المحادثة. عدت إلى قائمة الانتظار.`,
  closed: () => 'تم إغلاق هذه المحادثة.',
  closedIdle: (minutes) => `تم إغلاق هذه المحادثة لعدم وجود رسائل (المدة بالدقائق: ${minutes}).`,
  reopened: () => 'تمت إعادة فتح المحادثة.',
};

const LINES: Readonly<Record<DeskLanguage, SystemLines>> = { en, es, de, fr, ar };

/** The system lines in the session's language; English when the desk does not speak it. */
export function systemLines(language: string | null): SystemLines {
  return LINES[deskLanguageOf(language) ?? 'en'];
}
