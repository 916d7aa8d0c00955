import * as z from 'zod/mini';
import { parseRetentionSettings, RETENTION_KEY, type RetentionView } from '../messaging/data';
import { defineSetting } from './define';

/**
 * How long closed callbacks and incidents are kept (`heard:retention`, written by the background
 * only). Read through `parseRetentionSettings`: nothing stored is off, and a damaged value is not
 * guessed at (retention stays off and the view's `error` names the field).
 */
export const retentionSetting = defineSetting<RetentionView>(
  RETENTION_KEY,
  z.pipe(
    z.unknown(),
    // WXT reads a missing key as null.
    z.transform((raw) => parseRetentionSettings(raw === null ? undefined : raw)),
  ),
  () => ({ days: null }),
);
