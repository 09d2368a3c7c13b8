import { useEffect, useState, useSyncExternalStore } from 'react';
import { appAnnouncer, type Announcement } from './announcer';

/**
 * Time the regions stay empty after they are mounted: a screen reader notices a region in the page first, and only
 * then hears what changes in it. A message announced at start-up (a damaged file) waits this long.
 */
const SETTLE_MS = 250;

/**
 * The app's two live regions, mounted once at its root before any message. Each message is a new paragraph inside a
 * region that stays, so it is spoken even when the same words come twice. Visually hidden: the visible notices stay
 * where they are; these only speak them.
 */
export function LiveRegions() {
  const { polite, assertive } = useSyncExternalStore(appAnnouncer.subscribe, appAnnouncer.getState);
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(true), SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, []);
  return (
    <div className="visually-hidden" data-announcer="">
      <div role="status" aria-live="polite" aria-atomic="true" data-announcer-politeness="polite">
        {settled && <Message announcement={polite} />}
      </div>
      <div role="alert" aria-live="assertive" aria-atomic="true" data-announcer-politeness="assertive">
        {settled && <Message announcement={assertive} />}
      </div>
    </div>
  );
}

function Message({ announcement }: { announcement: Announcement | null }) {
  return announcement ? <p key={announcement.id}>{announcement.text}</p> : null;
}
