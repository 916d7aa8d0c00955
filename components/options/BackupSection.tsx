/** Options: backup, restore and calendar/CSV export of callbacks. */
export function BackupSection() {
  return null;
}
