import { startPicker } from './ui';

/** "Teach Heard this page": injected by the background (ui:picker:start) only when the rep starts it. */
export default defineUnlistedScript(() => {
  try {
    startPicker();
  } catch {
    // A page that broke our assumptions: no picker, and no error of ours in its console.
  }
});
