/** IAM sends whole-second UTC timestamps (`2026-06-15T10:42:11Z`); the AWS CLI prints milliseconds otherwise. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** a clock stopped at `iso`, for scenarios and tests */
export function fixedClock(iso: string): () => Date {
  const time = new Date(iso).getTime();
  return () => new Date(time);
}

/** a clock that advances `stepSeconds` on every reading, so records get distinct, ordered dates */
export function steppingClock(startIso: string, stepSeconds = 1): () => Date {
  let time = new Date(startIso).getTime();
  return () => {
    const date = new Date(time);
    time += stepSeconds * 1000;
    return date;
  };
}
