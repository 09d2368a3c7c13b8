import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment, Language } from '../domain/types';
import { createAssessment, duplicateAssessment } from '../domain/assessment';
import type { StoreNotice } from '../../../electron/shared/contract';
import { api } from '../api';
import { currentLanguage, ensureLanguage, FIRST_SCREEN_NAMESPACES } from '../i18n';
import { useAutosave } from './useAutosave';
import type { Step, View } from './steps';
import { AppHeader } from './AppHeader';
import { HomeScreen } from '../features/home/HomeScreen';

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
  const [deleted, setDeleted] = useState<Assessment | null>(null);
  const [actionError, setActionError] = useState(false);
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
        await api().saveAssessment(assessment);
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
        await api().saveAssessment(copy);
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
      await api().saveAssessment(deleted);
      setAssessments((list) => [...list, deleted]);
      setDeleted(null);
    } catch {
      setActionError(true);
    }
  }, [deleted]);

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
        else go({ name: 'home' });
      }),
    [createNew, go],
  );


  const open = view.name === 'assessment' ? assessments.find((a) => a.id === view.id) : undefined;

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader language={language} onLanguageChange={changeLanguage} saveStatus={autosave.status} onHome={() => go({ name: 'home' })} />
      {notice && (
        <div className="notice notice-warning" role="alert">
          {notice.kind === 'damagedStore'
            ? t('notice.damagedStore', { path: notice.backupPath })
            : t('notice.newerStore', { path: notice.backupPath, found: notice.found, supported: notice.supported })}
        </div>
      )}
      {actionError && (
        <div className="notice notice-error" role="alert">
          {t('errors.actionFailed')}
        </div>
      )}
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
            onOpen={(a) => go({ name: 'assessment', id: a.id, step: 'profile' })}
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
