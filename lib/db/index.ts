export * from './rows';
export * from './schema';
export * from './snapshot';
export * from './database';
export * from './faults';
export * from './retention';
