/**
 * Saves text as a file through the browser's own download, so nothing leaves the
 * machine: the sandbox has no server to send it to.
 */
export function downloadTextFile(fileName: string, text: string, type = 'application/json') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the object URL is no longer needed after it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `iam-sandbox-2026-06-20.json`, dated by the learner's own calendar. */
export function sandboxFileName(prefix = 'iam-sandbox', date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${prefix}-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}
