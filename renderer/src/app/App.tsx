import { Suspense, useCallback, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../domain/model/summary';
import type { StoreNotice, TextPlace } from '../../../electron/shared/contract';
import { api } from '../api';
import { currentLanguage } from '../i18n';
import { HomeScreen } from '../features/home/HomeScreen';
import { FileNotice } from '../components/FileNotice';
import { StoreNoticeView } from '../components/StoreNoticeView';
import { NoticeArea } from '../components/announcer/NoticeArea';
import { PresentationNotice } from '../components/PresentationNotice';
import { AppHeader } from './AppHeader';
import { AssessmentStore } from './assessmentStore';
import {
  AssessmentScreen,
  LazyClassScreen,
  LazyPortfolioScreen,
  LazySettingsScreen,
  LazyStatementScreen,
  makePlan,
  PresentationInWindow,
  usePreloadedScreens,
} from './screens';
import { useAutosave } from './useAutosave';
import { useNoticeStaysOnItsScreen, useNotices } from './useNotices';
import { useNavigation } from './useNavigation';
import { useAssessmentCommands } from './useAssessmentCommands';
import { useWorkshopCommands } from './useWorkshopCommands';
import { useHomeworkCommands } from './useHomeworkCommands';
import { useFileCommands } from './useFileCommands';
import { usePresentation } from './usePresentation';
import { isPrivateTurn, useAccessibilityStatement } from './useAccessibilityStatement';

/**
 * The shell: the header, what the user must be told, and the screen of the moment. The assessments live in the
 * store (assessmentStore.ts); what each button does lives in the command hooks beside this file.
 */
export function App({ initialSummaries, notice }: { initialSummaries: AssessmentSummary[]; notice: StoreNotice | null }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const autosave = useAutosave();
  // The autosave's schedule never changes identity, so the store made on the first render keeps the right one.
  const [store] = useState(() => new AssessmentStore(initialSummaries, { scheduleSave: autosave.schedule, makePlan }));
  const { summaries, open, deleted } = useSyncExternalStore(store.subscribe, store.getState);
  const notices = useNotices();
  const { view, currentView, go } = useNavigation(store, notices.failed);
  useNoticeStaysOnItsScreen(notices, view);
  const goHome = useCallback(() => go({ name: 'home' }), [go]);
  const assessments = useAssessmentCommands(store, language, go, notices);
  const { createNew } = assessments;
  const newAssessment = useCallback(() => void createNew(), [createNew]);
  const workshops = useWorkshopCommands(assessments.addAndOpen, language);
  const homework = useHomeworkCommands(store, autosave.saveNow, assessments.addAndOpen, language, notices);
  const openSettings = useCallback(() => go({ name: 'settings' }), [go]);
  const files = useFileCommands(store, notices, currentView, { createNew: newAssessment, goHome, openSettings });
  const presentation = usePresentation(store, open, language, notices.failed);
  const statement = useAccessibilityStatement(currentView, go);
  usePreloadedScreens(i18n);
  // A save refused as too large names the longest texts until the user closes the notice (the status line stays).
  const [dismissedTooLarge, setDismissedTooLarge] = useState<TextPlace[] | null>(null);

  if (presentation.inThisWindow)
    return <PresentationInWindow slide={presentation.inThisWindow} mark={presentation.mark} onCommand={presentation.command} />;

  return (
    <div className={`app${files.dragging ? ' dragging' : ''}`} {...files.drop}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader
        onHomeScreen={view.name === 'home'}
        saveStatus={autosave.status}
        saveFailure={autosave.failure}
        onRetrySave={autosave.retry}
        onHome={isPrivateTurn(view) || (view.name === 'accessibility' && statement.privateTurn) ? undefined : goHome}
      />
      <NoticeArea>
        {notice && <StoreNoticeView notice={notice} />}
        {notices.actionError && (
          // Spoken by the announcer when it happens (useNotices), so this is no live region of its own.
          <div className="notice notice-error">{t('errors.actionFailed')}</div>
        )}
        {notices.fileOutcome && (
          <FileNotice outcome={notices.fileOutcome} onDismiss={() => notices.showOutcome(null)} onImportAgain={files.importAgain} />
        )}
        {autosave.longestTexts && autosave.longestTexts !== dismissedTooLarge && (
          <FileNotice
            outcome={{ action: 'saveTooLarge', longest: autosave.longestTexts }}
            onDismiss={() => setDismissedTooLarge(autosave.longestTexts)}
          />
        )}
        {presentation.onOtherDisplay && <PresentationNotice display={presentation.onOtherDisplay.display} onStop={presentation.end} />}
      </NoticeArea>
      {homework.worksheet}
      <main id="main">
        {view.name === 'accessibility' ? (
          <Suspense fallback={null}>
            <LazyStatementScreen onBack={statement.back} />
          </Suspense>
        ) : view.name === 'settings' ? (
          <Suspense fallback={null}>
            <LazySettingsScreen />
          </Suspense>
        ) : view.name === 'class' ? (
          <Suspense fallback={null}>
            <LazyClassScreen />
          </Suspense>
        ) : view.name === 'portfolio' ? (
          <Suspense fallback={null}>
            <LazyPortfolioScreen summaries={summaries} onOpen={(a) => go({ name: 'assessment', id: a.id, step: a.resumeStep })} />
          </Suspense>
        ) : open && view.name === 'assessment' && open.assessment.id === view.id ? (
          <Suspense fallback={null}>
            <AssessmentScreen
              key={open.assessment.id}
              assessment={open.assessment}
              derived={open.derived}
              step={view.step}
              respondent={view.respondent}
              onStep={(step, respondent) => go({ name: 'assessment', id: open.assessment.id, step, ...(respondent ? { respondent } : {}) })}
              handOver={view.handOver === true}
              onHandOver={() => go({ name: 'assessment', id: open.assessment.id, step: 'workshop', handOver: true })}
              onPresent={(from, displayId) => void presentation.present(from, displayId)}
              onNewRound={() => void assessments.newRound()}
              onHandIn={homework.handIn}
              onChange={(change) => void store.update(open.assessment.id, change)}
              onHome={goHome}
            />
          </Suspense>
        ) : (
          <HomeScreen
            summaries={summaries}
            deletedName={deleted ? deleted.profile.companyName : null}
            onNew={newAssessment}
            onNewWorkshop={(anonymous) => void workshops.createWorkshop(anonymous)}
            onNewHomework={(course, minWords) => void homework.createHomework(course, minWords)}
            onWorksheet={(course, minWords, lng) => void homework.printWorksheet(course, minWords, lng)}
            onClassOverview={() => go({ name: 'class' })}
            onPortfolio={() => go({ name: 'portfolio' })}
            onBrandSettings={openSettings}
            onImport={() => void files.importFile()}
            onExport={(a) => void files.exportAssessment(a.id)}
            onOpen={(a) => go({ name: 'assessment', id: a.id, step: a.resumeStep })}
            onDuplicate={(a) => void assessments.duplicate(a)}
            onListEarlier={(a) => api().listEarlierVersions(a.id)}
            onRestoreEarlier={files.restoreEarlier}
            onDelete={(a) => void assessments.remove(a)}
            onUndoDelete={() => void assessments.undoDelete()}
            onDismissUndo={() => store.forgetDeleted()}
          />
        )}
      </main>
    </div>
  );
}
