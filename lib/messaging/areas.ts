/**
 * Every message area, one line each: the area's definitions (its exported `*_MESSAGES` record) with
 * its schemas and types. `MESSAGES` (index.ts) collects every `*_MESSAGES` export of these, so a new
 * area is its file and its line here; a new message in an area is its definition there (and its
 * handler in the background).
 */
export * from './protocol';
export * from './callbacks';
export * from './room';
export * from './packs';
export * from './data';
export * from './policy';
export * from './stats';
export * from './sites';
export * from './card';
export * from './dock';
export * from './recipes';
export * from './panel-view';
