export * from './auth';
export * from './chat';
export * from './errors';
export * from './health';
export * from './pagination';
export * from './roles';
export * from './socket';
