/** Reading the room in the background: checklist state, the boundary policy, incidents. */
export function registerRoom(): void {}
