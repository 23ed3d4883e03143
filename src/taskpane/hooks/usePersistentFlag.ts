/** A boolean option remembered across sessions (e.g. 自动重新计算). */
import { useCallback, useState } from 'react';
import { remember, safeStorage } from './storage';

export function usePersistentFlag(key: string, initial: boolean): [boolean, (on: boolean) => void] {
  const [value, setValue] = useState<boolean>(() => {
    try {
      const stored = safeStorage()?.getItem(key);
      return stored === null || stored === undefined ? initial : stored === 'true';
    } catch {
      return initial;
    }
  });
  const set = useCallback(
    (on: boolean) => {
      remember(key, String(on));
      setValue(on);
    },
    [key],
  );
  return [value, set];
}
