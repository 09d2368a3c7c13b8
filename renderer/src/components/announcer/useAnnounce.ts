import { useEffect, useEffectEvent } from 'react';
import { announce, type Politeness } from './announcer';

/**
 * Announces `message` whenever `when` changes (by default: whenever the message itself changes), never on a
 * re-render that changes neither. Nothing is said while the message is null. `when` lets a screen say its result
 * once per event (a read of the class's files), not on every keystroke that changes the words.
 */
export function useAnnounce(message: string | null, options: { politeness?: Politeness; when?: unknown } = {}): void {
  const trigger = 'when' in options ? options.when : message;
  const say = useEffectEvent(() => {
    if (message !== null) announce(message, options.politeness ?? 'polite');
  });
  useEffect(() => say(), [trigger]);
}
