export * from './eventually';
export * from './server-process';
export * from './api-requests';
export * from './browser';
