import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/model/types';
import type { AssessmentSummary } from '../../domain/model/summary';
import type { AssessmentResult } from '../../domain/scoring/scoring';
import { compareAssessment, scoresByArea } from '../../domain/comparison/comparison';
import { currentLanguage } from '../../i18n';
import { ComparisonView } from './ComparisonView';
import { peerSummaries } from './peerSummaries';

/** The results screen's comparison: the stored summaries are read once per assessment opened. */
export function ComparisonSection({ assessment, result }: { assessment: Assessment; result: AssessmentResult }) {
  const { t, i18n } = useTranslation();
  const [summaries, setSummaries] = useState<AssessmentSummary[] | null>(null);
  const { id } = assessment;
  useEffect(() => {
    let live = true;
    void peerSummaries().then((list) => live && setSummaries(list));
    return () => {
      live = false;
    };
  }, [id]);
  const comparison = useMemo(() => compareAssessment(assessment, summaries), [assessment, summaries]);
  return (
    <ComparisonView
      comparison={comparison}
      own={scoresByArea(result.modules.map((m) => ({ id: m.module, score: m.score })))}
      t={t}
      lng={currentLanguage(i18n)}
    />
  );
}
