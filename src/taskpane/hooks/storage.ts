/**
 * localStorage that never throws: some locked-down webviews block storage, and losing a
 * remembered preference must not break the pane.
 */
export function safeStorage(): Storage | null {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    return null;
  }
}

export function remember(key: string, value: string): void {
  try {
    safeStorage()?.setItem(key, value);
  } catch {
    // Not remembered this time; the choice still applies for this session.
  }
}
