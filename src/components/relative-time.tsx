import Box from '@cloudscape-design/components/box';
import Popover from '@cloudscape-design/components/popover';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "2 days ago", "now": the console's relative creation time. */
export function formatRelativeTime(date: Date, now: Date = new Date()): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relative.format(Math.trunc(seconds / size), unit);
  }
  return 'Now';
}

/** "June 15, 2026, 10:42 (UTC)": the exact time, shown on hover and in summaries. */
export function formatExactTime(date: Date): string {
  const day = date.toLocaleDateString('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
  const time = date.toLocaleTimeString('en-GB', { timeZone: 'UTC', hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return `${day}, ${time} (UTC)`;
}

/** Relative time with the exact timestamp on hover (and on focus, for keyboards). */
export function RelativeTime({ date }: { date: Date | undefined }) {
  if (!date) return <Box color="text-status-inactive">-</Box>;
  return (
    <Popover triggerType="text" dismissButton={false} size="medium" content={formatExactTime(date)}>
      {formatRelativeTime(date)}
    </Popover>
  );
}
