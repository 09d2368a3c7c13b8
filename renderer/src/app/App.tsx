import { lazy, startTransition, Suspense, useCallback, useEffect, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { createPortal, flushSync } from 'react-dom';
import { safeFileName } from '../domain/files/fileNames';
import { useTranslation } from 'react-i18next';
import type { Assessment, Language } from '../domain/model/types';
import { createAssessment, duplicateAssessment } from '../domain/model/assessment';
import { createWorkshopAssessment } from '../domain/workshop/workshop';
import { startFollowUp } from '../domain/rounds/rounds';
import { createHomeworkAssessment, markHandedIn } from '../domain/homework/homework';
import { summarize, type AssessmentSummary } from '../domain/model/summary';
import type { StoreNotice } from '../../../electron/shared/contract';
import { api } from '../api';
import { currentLanguage, ensureLanguage, FIRST_SCREEN_NAMESPACES } from '../i18n';
import { useAutosave } from './useAutosave';
import type {
  AssessmentScreen as AssessmentScreenType,
  PresentationScreen as PresentationScreenType,
} from '../features/assessment/AssessmentScreen';
import type { Step, View } from './steps';
import { AppHeader } from './AppHeader';
import { HomeScreen } from '../features/home/HomeScreen';
import { FileNotice, type FileOutcome } from '../components/FileNotice';
import { StoreNoticeView } from '../components/StoreNoticeView';
import type { ImportResult, PresentationMode, SaveResult } from '../../../electron/shared/contract';
import { applyCommand, slideOf, type PresentationCommand } from '../domain/workshop/presentation';
import type { PresentFrom } from '../features/assessment/AssessmentScreen';

// The questionnaire, results and plan (with react-hook-form and the question texts) load when an assessment opens,
// so the first screen stays small.
type AssessmentScreenComponent = typeof AssessmentScreenType;
/** Set once the chunk is in: rendering it then never suspends (React holds a Suspense fallback for 300 ms). */
let loadedAssessmentScreen: AssessmentScreenComponent | null = null;
/** The projector view comes in the same chunk: it is only shown with a workshop open. */
let LoadedPresentationScreen: typeof PresentationScreenType | null = null;
const loadAssessmentScreen = () =>
  import('../features/assessment/AssessmentScreen').then((m) => {
    loadedAssessmentScreen = m.AssessmentScreen;
    LoadedPresentationScreen = m.PresentationScreen;
    return { default: m.AssessmentScreen };
  });
const LazyAssessmentScreen = lazy(loadAssessmentScreen);
// The teacher's class overview loads when it is asked for.
const loadClassScreen = () => import('../features/classOverview/ClassScreen').then((m) => ({ default: m.ClassScreen }));
const LazyClassScreen = lazy(loadClassScreen);

const newId = (): string => crypto.randomUUID();
const nowIso = (): string => new Date().toISOString();

export function App({ initialSummaries, notice }: { initialSummaries: AssessmentSummary[]; notice: StoreNotice | null }) {
  const { t, i18n } = useTranslation();
  // The home list: small summaries. Only the assessment that is open is held in full.
  const [summaries, setSummaries] = useState(initialSummaries);
  const [open, setOpen] = useState<Assessment | null>(null);
  // The newest version of the open assessment, for changes made several times between renders (fast typing).
  const latest = useRef<Assessment | null>(open);
  const [view, setView] = useState<View>({ name: 'home' });
  const currentView = useRef(view);
  useEffect(() => {
    currentView.current = view;
  }, [view]);
  const [deleted, setDeleted] = useState<Assessment | null>(null);
  const [actionError, setActionError] = useState(false);
  const [fileOutcome, setFileOutcome] = useState<FileOutcome | null>(null);
  const [dragging, setDragging] = useState(false);
  const autosave = useAutosave();
  // A workshop on the projector: in its own window on another display, or taking this window (one display).
  const [presenting, setPresenting] = useState<{ mode: PresentationMode; slide: number } | null>(null);

  // Once the first screen is up, fetch the assessment screen's code and every text in the background, so opening or
  // creating an assessment does not wait for them.
  useEffect(() => {
    const idle = window.setTimeout(() => {
      void loadAssessmentScreen();
      void ensureLanguage(i18n, currentLanguage(i18n)).catch(() => undefined);
    }, 300);
    return () => window.clearTimeout(idle);
  }, [i18n]);

  /** Puts one assessment's summary in the home list (new or changed). */
  const showInList = useCallback((a: Assessment) => setSummaries((list) => [...list.filter((s) => s.id !== a.id), summarize(a)]), []);
  const holdOpen = useCallback((a: Assessment | null) => {
    latest.current = a;
    setOpen(a);
  }, []);

  /**
   * Changes screen. An assessment is fetched in full (unless it is the one already open) and its texts loaded first.
   * Leaving home ends the chance to undo a delete.
   */
  const go = useCallback(
    (next: View) => {
      if (next.name === 'home') return setView(next);
      if (next.name === 'class') {
        // The overview shows question and action texts: every namespace first, then the screen's code.
        void Promise.all([ensureLanguage(i18n, currentLanguage(i18n)), loadClassScreen()]).then(
          () => startTransition(() => setView(next)),
          () => setActionError(true),
        );
        return;
      }
      setDeleted(null);
      const already = latest.current?.id === next.id ? latest.current : null;
      // The screen's code and texts load together with the assessment; the switch is a transition, so the home
      // screen stays until the new one can show (no Suspense fallback, which React would hold for 300 ms).
      Promise.all([
        already ? Promise.resolve(already) : api().getAssessment(next.id),
        ensureLanguage(i18n, currentLanguage(i18n)),
        loadAssessmentScreen(),
      ]).then(
        ([assessment]) => {
          if (!assessment) return setActionError(true);
          startTransition(() => {
            holdOpen(assessment);
            setView(next);
          });
        },
        () => setActionError(true),
      );
    },
    [i18n, holdOpen],
  );
  const language = currentLanguage(i18n);
  const AssessmentScreen = loadedAssessmentScreen ?? LazyAssessmentScreen;

  /** Applies a change to the open assessment, stamps it and schedules the autosave. */
  const update = useCallback(
    (id: string, change: (a: Assessment) => Assessment) => {
      const current = latest.current;
      if (!current || current.id !== id) return;
      const next = { ...change(current), updatedAt: nowIso() };
      holdOpen(next);
      showInList(next);
      autosave.schedule(next);
    },
    [autosave, holdOpen, showInList],
  );

  const addAndOpen = useCallback(
    async (assessment: Assessment, step: Step) => {
      try {
        if (!(await api().saveAssessment(assessment)).ok) return setActionError(true);
        showInList(assessment);
        holdOpen(assessment);
        setActionError(false);
        go({ name: 'assessment', id: assessment.id, step });
      } catch {
        setActionError(true);
      }
    },
    [go, holdOpen, showInList],
  );

  const presentingNow = useRef(presenting);
  /** Starts the presentation of the open workshop; Escape (or closing its window) ends it. */
  const present = useCallback(async (from: PresentFrom, displayId: number | null) => {
    const a = latest.current;
    if (!a?.workshop) return;
    try {
      const mode = await api().startPresentation(displayId);
      presentingNow.current = { mode, slide: slideOf(a, from) };
      setPresenting(presentingNow.current);
    } catch {
      setActionError(true);
    }
  }, []);

  const endPresentation = useCallback(() => {
    presentingNow.current = null;
    setPresenting(null);
    void api()
      .stopPresentation()
      .catch(() => undefined);
  }, []);

  /** A key pressed in the presentation (this window's or the projector's): the facilitator's window applies it. */
  const presentationCommand = useCallback(
    (command: PresentationCommand) => {
      const a = latest.current;
      const p = presentingNow.current;
      if (!a || !p) return;
      if (command.kind === 'leave') return endPresentation();
      const next = applyCommand(a, { slide: p.slide }, command);
      if (next.assessment !== a) update(a.id, () => next.assessment);
      // Kept in a ref too, so quick repeated keys each start from the slide the one before left.
      presentingNow.current = { ...p, slide: next.position.slide };
      setPresenting(presentingNow.current);
    },
    [endPresentation, update],
  );

  useEffect(() => api().onPresentationCommand(presentationCommand), [presentationCommand]);
  useEffect(
    () =>
      api().onPresentationEvent((event) => {
        if (event !== 'ended') return;
        presentingNow.current = null;
        setPresenting(null);
      }),
    [],
  );
  // The projector's window draws what this window holds: sent after every change.
  useEffect(() => {
    if (presenting?.mode === 'ownWindow' && open)
      void api()
        .showPresentation({ assessment: open, slide: presenting.slide, language })
        .catch(() => undefined);
  }, [presenting, open, language]);

  const createNew = useCallback(() => addAndOpen(createAssessment(newId(), nowIso(), language), 'profile'), [addAndOpen, language]);
  /** The next round of the open assessment: a follow-up that starts from its answers, opened at the first area. */
  const newRound = useCallback(async () => {
    const current = latest.current;
    if (!current) return;
    await addAndOpen(startFollowUp(current, newId(), nowIso()), 'strategy');
  }, [addAndOpen]);
  /**
   * Hands in the open homework: marks it handed in and saves at once (so the file main writes carries the mark),
   * then main asks where and writes it. Cancelled or failed, the mark is taken back: it never says handed in when
   * no file was written.
   */
  const handIn = useCallback(async (): Promise<SaveResult> => {
    const before = latest.current;
    if (!before?.homework) return { kind: 'failed', reason: 'notFound' };
    update(before.id, (a) => markHandedIn(a, nowIso()));
    const marked = latest.current;
    const undo = (): void =>
      update(before.id, (a) => (a.homework ? { ...a, homework: { ...a.homework, handedInAt: before.homework?.handedInAt ?? null } } : a));
    try {
      if (!marked || !(await autosave.saveNow(marked))) {
        undo();
        return { kind: 'failed', reason: 'writeFailed' };
      }
      const result = await api().handInAssessment(before.id);
      if (result.kind !== 'saved') undo();
      return result;
    } catch {
      undo();
      return { kind: 'failed', reason: 'writeFailed' };
    }
  }, [autosave, update]);
  const createHomework = useCallback(
    (course: string, minWords: number) => addAndOpen(createHomeworkAssessment(newId(), nowIso(), language, course, minWords), 'profile'),
    [addAndOpen, language],
  );
  /** The blank worksheet as a PDF: the print view of the whole questionnaire, printed by main like the report. */
  const [worksheet, setWorksheet] = useState<ReactNode>(null);
  const printWorksheet = useCallback(
    async (course: string, minWords: number, lng: Language) => {
      try {
        await ensureLanguage(i18n, lng);
        const { WorksheetPrint } = await import('../features/homework/WorksheetPrint');
        const t = i18n.getFixedT(lng);
        flushSync(() => setWorksheet(createPortal(<WorksheetPrint t={t} course={course.trim()} minWords={minWords} />, document.body)));
        await document.fonts.ready;
        let result: SaveResult;
        try {
          result = await api().savePdf(safeFileName(t('homework:worksheet.title').replace(':', ''), 'worksheet'));
        } finally {
          setWorksheet(null);
        }
        if (result.kind !== 'cancelled') setFileOutcome({ action: 'save', kind: 'pdf', result });
      } catch {
        setActionError(true);
      }
    },
    [i18n],
  );
  const createWorkshop = useCallback(
    (anonymous: boolean) => addAndOpen(createWorkshopAssessment(newId(), nowIso(), language, anonymous), 'profile'),
    [addAndOpen, language],
  );

  /** The full assessment behind a summary: the open one, or fetched from main. */
  const fullOf = useCallback(
    async (id: string): Promise<Assessment | null> => (latest.current?.id === id ? latest.current : api().getAssessment(id)),
    [],
  );

  const duplicate = useCallback(
    async (s: AssessmentSummary) => {
      try {
        const source = await fullOf(s.id);
        if (!source) return setActionError(true);
        const copy = duplicateAssessment(source, newId(), nowIso(), ` (${t('home.copySuffix')})`);
        if (!(await api().saveAssessment(copy)).ok) return setActionError(true);
        showInList(copy);
        setActionError(false);
      } catch {
        setActionError(true);
      }
    },
    [t, fullOf, showInList],
  );

  const remove = useCallback(
    async (s: AssessmentSummary) => {
      try {
        // Kept in full for "undo".
        const full = await fullOf(s.id);
        if (!full) return setActionError(true);
        await api().deleteAssessment(s.id);
        setSummaries((list) => list.filter((x) => x.id !== s.id));
        if (latest.current?.id === s.id) holdOpen(null);
        setDeleted(full);
        setActionError(false);
      } catch {
        setActionError(true);
      }
    },
    [fullOf, holdOpen],
  );

  const undoDelete = useCallback(async () => {
    if (!deleted) return;
    try {
      if (!(await api().saveAssessment(deleted)).ok) return setActionError(true);
      showInList(deleted);
      setDeleted(null);
    } catch {
      setActionError(true);
    }
  }, [deleted, showInList]);

  /** Shows what came of an import; a new assessment joins the list (an import never replaces one). */
  const imported = useCallback(
    (result: ImportResult) => {
      if (result.kind === 'cancelled') return;
      if (result.kind === 'imported') showInList(result.assessment);
      setFileOutcome({ action: 'import', result });
    },
    [showInList],
  );

  const importFile = useCallback(async () => {
    try {
      imported(await api().importAssessment());
    } catch {
      setActionError(true);
    }
  }, [imported]);

  const exportAssessment = useCallback(async (id: string) => {
    try {
      const result = await api().exportAssessment(id);
      if (result.kind !== 'cancelled') setFileOutcome({ action: 'save', kind: 'assessment', result });
    } catch {
      setActionError(true);
    }
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      event.preventDefault();
      setDragging(false);
      for (const file of Array.from(event.dataTransfer.files))
        api()
          .importDroppedFile(file)
          .then(imported, () => setActionError(true));
    },
    [imported],
  );

  useEffect(() => api().onFileImported(imported), [imported]);

  const changeLanguage = useCallback(
    async (lng: Language) => {
      await ensureLanguage(i18n, lng, view.name === 'home' ? FIRST_SCREEN_NAMESPACES : undefined);
      await i18n.changeLanguage(lng);
      document.documentElement.lang = lng;
      await api().setUiLanguage(lng);
    },
    [i18n, view.name],
  );

  useEffect(
    () =>
      api().onMenuCommand((command) => {
        if (command === 'newAssessment') void createNew();
        else if (command === 'importAssessment') void importFile();
        else if (command === 'exportAssessment') {
          if (currentView.current.name === 'assessment') void exportAssessment(currentView.current.id);
          else setFileOutcome({ action: 'exportNothingOpen' });
        } else go({ name: 'home' });
      }),
    [createNew, go, importFile, exportAssessment],
  );

  if (presenting?.mode === 'mainWindow' && open?.workshop && LoadedPresentationScreen)
    return <LoadedPresentationScreen assessment={open} slide={presenting.slide} onCommand={presentationCommand} />;

  return (
    <div
      className={`app${dragging ? ' dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader
        language={language}
        onLanguageChange={changeLanguage}
        saveStatus={autosave.status}
        saveFailure={autosave.failure}
        onRetrySave={autosave.retry}
        onHome={view.name === 'assessment' && view.respondent ? undefined : () => go({ name: 'home' })}
      />
      {notice && <StoreNoticeView notice={notice} />}
      {actionError && (
        <div className="notice notice-error" role="alert">
          {t('errors.actionFailed')}
        </div>
      )}
      {fileOutcome && <FileNotice outcome={fileOutcome} onDismiss={() => setFileOutcome(null)} />}
      {worksheet}
      <main id="main">
        {view.name === 'class' ? (
          <Suspense fallback={null}>
            <LazyClassScreen />
          </Suspense>
        ) : open && view.name === 'assessment' && open.id === view.id ? (
          <Suspense fallback={null}>
            <AssessmentScreen
              key={open.id}
              assessment={open}
              step={view.step}
              respondent={view.respondent}
              onStep={(step, respondent) => go({ name: 'assessment', id: open.id, step, ...(respondent ? { respondent } : {}) })}
              onPresent={(from, displayId) => void present(from, displayId)}
              onNewRound={() => void newRound()}
              onHandIn={handIn}
              onChange={(change) => update(open.id, change)}
              onHome={() => go({ name: 'home' })}
            />
          </Suspense>
        ) : (
          <HomeScreen
            summaries={summaries}
            deletedName={deleted ? deleted.profile.companyName : null}
            onNew={() => void createNew()}
            onNewWorkshop={(anonymous) => void createWorkshop(anonymous)}
            onNewHomework={(course, minWords) => void createHomework(course, minWords)}
            onWorksheet={(course, minWords, lng) => void printWorksheet(course, minWords, lng)}
            onClassOverview={() => go({ name: 'class' })}
            onImport={() => void importFile()}
            onExport={(a) => void exportAssessment(a.id)}
            onOpen={(a) => go({ name: 'assessment', id: a.id, step: a.resumeStep })}
            onDuplicate={(a) => void duplicate(a)}
            onListEarlier={(a) => api().listEarlierVersions(a.id)}
            onRestoreEarlier={(a, day) =>
              void api()
                .restoreEarlierVersion(a.id, day)
                .then(imported, () => setActionError(true))
            }
            onDelete={(a) => void remove(a)}
            onUndoDelete={() => void undoDelete()}
            onDismissUndo={() => setDeleted(null)}
          />
        )}
      </main>
    </div>
  );
}
