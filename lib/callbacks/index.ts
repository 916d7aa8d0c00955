export * from './due';
export * from './schedule';
export * from '../db/callbacks';
export * from '../db/notes';
export { RecordNotFoundError } from '../db/store';
export * from './backup';
export * from './ics';
export * from './csv';
export * from './time';
