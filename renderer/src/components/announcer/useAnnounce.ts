import { useEffect, useEffectEvent } from 'react';
import { announce, type Politeness } from './announcer';

/**
 * Announces `message` whenever `when` changes (by default: whenever the message itself changes), never on a
 * re-render that changes neither. Nothing is said while the message is null. `when` lets a screen say its result
 * once per event (a read of the class's files), not on every keystroke that changes the words. `delayMs` waits
 * until the trigger has stood still that long (a search while the user types), so only the last result is said.
 */
export function useAnnounce(message: string | null, options: { politeness?: Politeness; when?: unknown; delayMs?: number } = {}): void {
  const trigger = 'when' in options ? options.when : message;
  const say = useEffectEvent(() => {
    if (message !== null) announce(message, options.politeness ?? 'polite');
  });
  const delay = options.delayMs ?? 0;
  useEffect(() => {
    if (delay === 0) return say();
    const timer = window.setTimeout(say, delay);
    return () => window.clearTimeout(timer);
  }, [trigger, delay]);
}
