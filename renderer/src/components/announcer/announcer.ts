/**
 * One announcer for every status message (WCAG 4.1.3). A screen reader speaks a live region only when text changes
 * inside a region it already knew: a region created together with its text is often silent. So the app mounts two
 * regions once, at its root (`LiveRegions`), and every feature hands its message here instead of making its own.
 * Plain TypeScript with no React, so the queueing can be unit-tested.
 */

/** Polite waits until the screen reader has finished speaking; assertive (errors) interrupts it. */
export type Politeness = 'polite' | 'assertive';

/** What one region says now. `id` grows with each message, so the same words said twice are said twice. */
export interface Announcement {
  text: string;
  id: number;
}

export type Announcements = Readonly<Record<Politeness, Announcement | null>>;

export interface Announcer {
  announce: (text: string, politeness?: Politeness) => void;
  /** Empties both regions (a new screen): what was said on one screen, a saved file's path say, never stays behind. */
  clear: () => void;
  getState: () => Announcements;
  subscribe: (listener: () => void) => () => void;
}

export function createAnnouncer(): Announcer {
  let state: Announcements = { polite: null, assertive: null };
  let nextId = 1;
  const listeners = new Set<() => void>();
  return {
    announce(text, politeness = 'polite') {
      const trimmed = text.trim();
      if (trimmed === '') return;
      state = { ...state, [politeness]: { text: trimmed, id: nextId++ } };
      for (const listener of [...listeners]) listener();
    },
    clear() {
      if (state.polite === null && state.assertive === null) return;
      state = { polite: null, assertive: null };
      for (const listener of [...listeners]) listener();
    },
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The app's one announcer (the main window and the projector window each load their own copy of this module). */
export const appAnnouncer = createAnnouncer();

/** Says `text` through the app's live regions; `assertive` for errors the user must hear at once. */
export function announce(text: string, politeness: Politeness = 'polite'): void {
  appAnnouncer.announce(text, politeness);
}

/** Empties the app's live regions: called when the screen changes, as its visible notices go too. */
export function clearAnnouncements(): void {
  appAnnouncer.clear();
}
