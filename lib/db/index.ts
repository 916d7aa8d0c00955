export * from './rows';
export * from './schema';
export * from './tables';
export * from './table';
export * from './snapshot';
export * from './database';
export * from './faults';
export * from './retention';
