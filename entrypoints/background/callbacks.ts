/** Callbacks, notes and reminders in the background. */
export function registerCallbacks(): void {}
