/** "Your data": what Heard keeps, and deleting all of it. Extension pages ↔ background. */
import * as z from 'zod/mini';

export const DataSummarySchema = z.object({
  /** Rows per database table. */
  tables: z.record(z.string(), z.number()),
  /** Keys in extension storage (settings). */
  settings: z.number(),
});
export type DataSummary = z.infer<typeof DataSummarySchema>;

export interface DataProtocol {
  'ui:data:summary'(data?: Record<string, never>): DataSummary;
  'ui:data:wipe'(data: { confirm: 'delete-everything' }): { ok: boolean; error?: string };
}

export const DATA_SCHEMAS: { [K in keyof DataProtocol]: z.ZodMiniType } = {
  'ui:data:summary': z.optional(z.object({})),
  'ui:data:wipe': z.object({ confirm: z.literal('delete-everything') }),
};
