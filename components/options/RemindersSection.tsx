/** Options: reminder settings (how long before, working hours, time zone, same-day reply). */
export function RemindersSection() {
  return null;
}
