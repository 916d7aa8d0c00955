import { useCallback, useEffect, useRef, useState } from 'react';

/** A value read once when the component mounts: null until it arrives (one arriving after unmount, or after
 * the value was set here, is dropped). */
export function useLoaded<T>(read: () => Promise<T>): [T | null, (v: T | null) => void] {
  const [value, setValue] = useState<T | null>(null);
  // Set before the read answered (the rep chose, a reload): the read's older value is not shown over it.
  const touched = useRef(false);
  const set = useCallback((v: T | null) => {
    touched.current = true;
    setValue(v);
  }, []);
  useEffect(() => {
    let live = true;
    void read().then((v) => live && !touched.current && setValue(v));
    return () => {
      live = false;
    };
    // read once, on mount
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return [value, set];
}

/**
 * A setting on the options page: its stored value (null while it loads), and `choose`, which shows
 * the new value at once, stores it, then says so in `status` (for a polite live region).
 */
export function useSetting<T>(read: () => Promise<T>, write: (v: T) => Promise<unknown>, saved: (v: T) => string) {
  const [value, setValue] = useLoaded(read);
  const [status, setStatus] = useState('');
  const choose = async (v: T): Promise<void> => {
    setValue(v);
    await write(v);
    setStatus(saved(v));
  };
  return { value, choose, status };
}

/** A value read for `key` (a tab) from a store, again when `key` or `again` changes: null until it
 * answers; an answer for an earlier key is dropped. Nothing is read without a key. */
export function useAsked<K, T>(key: K | null, read: (key: K) => Promise<T | null>, again?: unknown): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    if (key == null) return;
    let live = true;
    void read(key).then((v) => live && setValue(v));
    return () => {
      live = false;
    };
    // `read` is a store's module function: the same at every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, again]);
  return value;
}
