/** An error as words for the clerk: never an empty string, never only in the console. */
export function errorText(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return String(error) || 'unknown error';
}
