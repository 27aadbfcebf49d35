const formatter = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A date as `26 November 2026` (UTC, so builds agree across time zones). */
export const formatDate = (date: Date) => formatter.format(date);

/** A date as `2026-11-26`, for `datetime` attributes and JSON-LD. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Pages whose facts were checked longer ago than this show a may-be-stale notice. */
export const STALE_AFTER_DAYS = 180;

/** Whether facts checked on `checked` are older than `days` at `now`. */
export function isStale(checked: Date, now: Date = new Date(), days: number = STALE_AFTER_DAYS): boolean {
  return now.getTime() - checked.getTime() > days * 86_400_000;
}
