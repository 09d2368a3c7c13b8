import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Language } from '../domain/model/types';
import { applyCommand, projectorSlide, slideOf, type PresentationCommand, type ProjectorSlide } from '../domain/workshop/presentation';
import type { PresentationMode } from '../../../electron/shared/contract';
import type { PresentFrom } from '../features/assessment/AssessmentScreen';
import { api } from '../api';
import type { AssessmentStore, OpenAssessment } from './assessmentStore';
import { loadPresentationScreen } from './screens';
import { projectorMarkOf, type ProjectorMark } from '../domain/brand/brand';
import { exportBrandOf } from '../features/brand/exportBrand';

/**
 * A workshop on the projector: in its own window on another display, or taking this window (one display). This
 * window stays the only one that changes the workshop: it applies every key (its own or the projector's), builds
 * the slide the projector shows (no names in it) once per change, and sends it there.
 */
export function usePresentation(store: AssessmentStore, open: OpenAssessment | null, language: Language, failed: () => void) {
  /** `display`: the number of the display it shows on, as the display list counts them (from 1), when known. */
  const [presenting, setPresenting] = useState<{ mode: PresentationMode; slide: number; display?: number } | null>(null);
  // Kept in a ref too, so quick repeated keys each start from the slide the one before left.
  const presentingNow = useRef(presenting);
  const show = useCallback((next: { mode: PresentationMode; slide: number; display?: number } | null) => {
    presentingNow.current = next;
    setPresenting(next);
  }, []);

  /** Starts the presentation of the open workshop; Escape (or closing its window) ends it. */
  const present = useCallback(
    async (from: PresentFrom, displayId: number | null) => {
      const a = store.current();
      if (!a?.workshop) return;
      try {
        // The projector view's code loads while main opens the window (it is drawn here only with one display).
        const [mode] = await Promise.all([api().startPresentation(displayId), loadPresentationScreen()]);
        show({ mode, slide: slideOf(a, from), ...(mode === 'ownWindow' ? await displayNumber(displayId) : {}) });
      } catch {
        failed();
      }
    },
    [store, show, failed],
  );

  const end = useCallback(() => {
    show(null);
    void api()
      .stopPresentation()
      .catch(() => undefined);
  }, [show]);

  /** A key pressed in the presentation (this window's or the projector's). */
  const command = useCallback(
    (c: PresentationCommand) => {
      const a = store.current();
      const p = presentingNow.current;
      if (!a || !p) return;
      if (c.kind === 'leave') return end();
      const next = applyCommand(a, { slide: p.slide }, c);
      if (next.assessment !== a) store.update(a.id, () => next.assessment);
      show({ ...p, slide: next.position.slide });
    },
    [store, end, show],
  );

  useEffect(() => api().onPresentationCommand(command), [command]);
  useEffect(() => api().onPresentationEvent((event) => event === 'ended' && show(null)), [show]);

  // What the projector shows, from the scores this window already has.
  const slide: ProjectorSlide | null = useMemo(
    () => (presenting && open?.assessment.workshop ? projectorSlide(open.assessment, presenting.slide, open.derived.result) : null),
    [presenting, open],
  );
  // The consultant's brand in a corner of the projector, read once the presentation of an assessment starts.
  const [markOf, setMarkOf] = useState<{ id: string; mark: ProjectorMark | null } | null>(null);
  const presentedId = presenting ? open?.assessment.id : undefined;
  useEffect(() => {
    const a = store.current();
    if (!presentedId || !a) return;
    let live = true;
    void exportBrandOf(a).then((brand) => live && setMarkOf({ id: presentedId, mark: projectorMarkOf(brand) }));
    return () => {
      live = false;
    };
  }, [presentedId, store]);
  const mark = markOf && markOf.id === presentedId ? markOf.mark : null;
  useEffect(() => {
    if (presenting?.mode === 'ownWindow' && slide)
      void api()
        .showPresentation({ slide, language, ...(mark ? { mark } : {}) })
        .catch(() => undefined);
  }, [presenting?.mode, slide, language, mark]);

  return {
    inThisWindow: presenting?.mode === 'mainWindow' ? slide : null,
    mark,
    /** A presentation in its own window on another display: this window says so and can stop it. */
    onOtherDisplay: presenting?.mode === 'ownWindow' ? { display: presenting.display ?? null } : null,
    end,
    present,
    command,
  };
}

/** Which display, counted from 1 as the display list shows them, main put the presentation on (the chosen or the suggested one). */
async function displayNumber(displayId: number | null): Promise<{ display?: number }> {
  const displays = await api()
    .listDisplays()
    .catch(() => []);
  const at = displays.findIndex((d) => (displayId === null ? d.suggested : d.id === displayId));
  return at === -1 ? {} : { display: at + 1 };
}
