/**
 * What the background remembers about a tab's room between lints (kept by tabs.ts, the owner of
 * per-tab state; derived by room.ts `deriveRoom`): ids and kinds, never the draft or the customer's words.
 */
import * as z from 'zod/mini';
import { TONE_LEVELS } from '@/lib/values';
import { IncidentCategorySchema, ToneSignalKindSchema, type IncidentCategoryMsg } from '@/lib/messaging';
import type { ToneLevel, ToneSignalKind } from '@/lib/tone/types';

/** What the background remembers about a tab's conversation between lints: ids and kinds, and the
 * ticket's subject as the page shows it (an incident names its ticket by it). */
export interface RoomTab {
  site: string;
  ticket: { key: string; link: string; title?: string } | null;
  tone: ToneLevel | null;
  signals: ToneSignalKind[];
  /** Checklists whose trigger holds. */
  triggered: string[];
  /** Per checklist: the items the current draft does. */
  auto: Record<string, string[]>;
  /** Incident category suggested by the abuse signals (null when there is no abuse). */
  suggested: IncidentCategoryMsg | null;
  /** The draft's language: the boundary policy is shown in it (its warning goes into the reply). */
  lang?: string;
}

/** The rep's ticks of one checklist: by hand, and unticked over what the draft does. */
export interface ManualTicks {
  ticked: readonly string[];
  unticked: readonly string[];
}

const ids = z.array(z.string().check(z.maxLength(200))).check(z.maxLength(500));
/** RoomTab as read back from storage.session (a boundary: parsed, not trusted). */
export const RoomTabSchema = z.object({
  site: z.string().check(z.maxLength(64)),
  ticket: z.nullable(z.object({ key: z.string().check(z.maxLength(512)), link: z.string().check(z.maxLength(4096)), title: z.optional(z.string().check(z.maxLength(500))) })),
  tone: z.nullable(z.enum(TONE_LEVELS)),
  signals: z.array(ToneSignalKindSchema),
  triggered: ids,
  auto: z.record(z.string(), ids),
  suggested: z.nullable(IncidentCategorySchema),
  lang: z.optional(z.string().check(z.maxLength(8))),
});

