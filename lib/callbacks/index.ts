export * from './due';
export * from './schedule';
export * from './store';
export * from './backup';
export * from './ics';
export * from './csv';
export * from './time';
