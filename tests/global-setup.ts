// Once per vitest run, before any test file: the rule kinds' English names (each kind's module holds
// its names; lib/guidance/kinds/messages.ts makes them messages, as the build does). tests/setup.ts
// reads them with inject() for browser.i18n: a test file that does not use the kinds does not load
// them (and zod with them) for the names alone. In watch mode a kind's changed name is read again
// on the next restart of vitest.
import type { TestProject } from 'vitest/node';
import { kindMessages } from '../lib/guidance/kinds/messages';

declare module 'vitest' {
  export interface ProvidedContext {
    /** kindMessages('en'): the kinds' English names by message key. */
    kindMessagesEn: Record<string, { message: string }>;
  }
}

export default function setup(project: TestProject): void {
  project.provide('kindMessagesEn', kindMessages('en'));
}
