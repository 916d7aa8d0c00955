/**
 * What a keyed store needs to offer: a Map does, and so does a part of another owner's record
 * (background/tabs.ts `tabPart`), so a module can keep its data where its owner says.
 */
export interface Keyed<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
  delete(key: K): unknown;
}
