import { lazy, Suspense, useCallback, useEffect, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment, Language } from '../domain/types';
import { createAssessment, duplicateAssessment, firstUnfinishedStep } from '../domain/assessment';
import type { StoreNotice } from '../../../electron/shared/contract';
import { api } from '../api';
import { currentLanguage, ensureLanguage, FIRST_SCREEN_NAMESPACES } from '../i18n';
import { useAutosave } from './useAutosave';
import type { Step, View } from './steps';
import { AppHeader } from './AppHeader';
import { HomeScreen } from '../features/home/HomeScreen';
import { FileNotice, type FileOutcome } from '../components/FileNotice';
import { StoreNoticeView } from '../components/StoreNoticeView';
import type { ImportResult } from '../../../electron/shared/contract';

// The questionnaire, results and plan (with react-hook-form and the question texts) load when an assessment opens,
// so the first screen stays small.
const AssessmentScreen = lazy(() => import('../features/AssessmentScreen').then((m) => ({ default: m.AssessmentScreen })));

const newId = (): string => crypto.randomUUID();
const nowIso = (): string => new Date().toISOString();

export function App({ initialAssessments, notice }: { initialAssessments: Assessment[]; notice: StoreNotice | null }) {
  const { t, i18n } = useTranslation();
  const [assessments, setAssessments] = useState(initialAssessments);
  // The newest list, for updates made several times between renders (fast typing).
  const latest = useRef(assessments);
  useEffect(() => {
    latest.current = assessments;
  }, [assessments]);
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

  /** Changes screen; an assessment's texts are loaded first. Leaving home ends the chance to undo a delete. */
  const go = useCallback(
    (next: View) => {
      if (next.name === 'home') return setView(next);
      setDeleted(null);
      ensureLanguage(i18n, currentLanguage(i18n)).then(
        () => setView(next),
        () => setActionError(true),
      );
    },
    [i18n],
  );
  const language = currentLanguage(i18n);

  /** Applies a change to one assessment, stamps it and schedules the autosave. */
  const update = useCallback(
    (id: string, change: (a: Assessment) => Assessment) => {
      const current = latest.current.find((a) => a.id === id);
      if (!current) return;
      const next = { ...change(current), updatedAt: nowIso() };
      latest.current = latest.current.map((a) => (a.id === id ? next : a));
      setAssessments(latest.current);
      autosave.schedule(next);
    },
    [autosave],
  );

  const addAndOpen = useCallback(
    async (assessment: Assessment, step: Step) => {
      try {
        if (!(await api().saveAssessment(assessment)).ok) return setActionError(true);
        setAssessments((list) => [...list, assessment]);
        setActionError(false);
        go({ name: 'assessment', id: assessment.id, step });
      } catch {
        setActionError(true);
      }
    },
    [go],
  );

  const createNew = useCallback(() => addAndOpen(createAssessment(newId(), nowIso(), language), 'profile'), [addAndOpen, language]);

  const duplicate = useCallback(
    async (a: Assessment) => {
      const copy = duplicateAssessment(a, newId(), nowIso(), ` (${t('home.copySuffix')})`);
      try {
        if (!(await api().saveAssessment(copy)).ok) return setActionError(true);
        setAssessments((list) => [...list, copy]);
        setActionError(false);
      } catch {
        setActionError(true);
      }
    },
    [t],
  );

  const remove = useCallback(async (a: Assessment) => {
    try {
      await api().deleteAssessment(a.id);
      setAssessments((list) => list.filter((x) => x.id !== a.id));
      setDeleted(a);
      setActionError(false);
    } catch {
      setActionError(true);
    }
  }, []);

  const undoDelete = useCallback(async () => {
    if (!deleted) return;
    try {
      if (!(await api().saveAssessment(deleted)).ok) return setActionError(true);
      setAssessments((list) => [...list, deleted]);
      setDeleted(null);
    } catch {
      setActionError(true);
    }
  }, [deleted]);

  /** Shows what came of an import; a new assessment joins the list (an import never replaces one). */
  const imported = useCallback((result: ImportResult) => {
    if (result.kind === 'cancelled') return;
    if (result.kind === 'imported') setAssessments((list) => [...list.filter((a) => a.id !== result.assessment.id), result.assessment]);
    setFileOutcome({ action: 'import', result });
  }, []);

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


  const open = view.name === 'assessment' ? assessments.find((a) => a.id === view.id) : undefined;

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
        onHome={() => go({ name: 'home' })}
      />
      {notice && <StoreNoticeView notice={notice} />}
      {actionError && (
        <div className="notice notice-error" role="alert">
          {t('errors.actionFailed')}
        </div>
      )}
      {fileOutcome && <FileNotice outcome={fileOutcome} onDismiss={() => setFileOutcome(null)} />}
      <main id="main">
        {open && view.name === 'assessment' ? (
          <Suspense fallback={null}>
            <AssessmentScreen
              key={open.id}
              assessment={open}
              step={view.step}
              onStep={(step) => go({ name: 'assessment', id: open.id, step })}
              onChange={(change) => update(open.id, change)}
              onHome={() => go({ name: 'home' })}
            />
          </Suspense>
        ) : (
          <HomeScreen
            assessments={assessments}
            deleted={deleted}
            onNew={() => void createNew()}
            onImport={() => void importFile()}
            onExport={(a) => void exportAssessment(a.id)}
            onOpen={(a) => go({ name: 'assessment', id: a.id, step: firstUnfinishedStep(a) })}
            onDuplicate={(a) => void duplicate(a)}
            onDelete={(a) => void remove(a)}
            onUndoDelete={() => void undoDelete()}
            onDismissUndo={() => setDeleted(null)}
          />
        )}
      </main>
    </div>
  );
}
