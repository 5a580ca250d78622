/** Every table, gathered from the feature modules that own them, for the typed Drizzle client. */
export * from '../modules/accuracy/accuracy.schema';
export * from '../modules/audit/audit.schema';
export * from '../modules/auth/refresh-tokens.schema';
export * from '../modules/encryption/encryption.schema';
export * from '../modules/knowledge/knowledge.schema';
export * from '../modules/messages/messages.schema';
export * from '../modules/sessions/sessions.schema';
export * from '../modules/users/users.schema';
