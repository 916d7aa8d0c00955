/** Options: the local incident log, with CSV export for the team lead. */
export function IncidentsSection() {
  return null;
}
