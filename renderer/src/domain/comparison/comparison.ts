/**
 * The comparison for one assessment, both layers at once: what the results screen and the PDF report show.
 * `summaries` is null while "companies like yours" is off (the consultant's setting): then that layer is not there.
 */
import type { Assessment, ModuleId } from '../model/types';
import { seriesOf } from '../rounds/rounds';
import { officialComparison, type OfficialComparison } from './official';
import { peerComparison, type ComparableSummary, type PeerComparison } from './peers';

export interface Comparison {
  official: OfficialComparison;
  /** Null while the consultant has "companies like yours" turned off. */
  peers: PeerComparison | null;
}

export function compareAssessment(
  assessment: Pick<Assessment, 'id' | 'profile' | 'planLanguage' | 'round'>,
  summaries: ReadonlyArray<ComparableSummary> | null,
): Comparison {
  const { profile } = assessment;
  return {
    official: officialComparison(profile, assessment.planLanguage),
    peers:
      summaries === null
        ? null
        : peerComparison(
            {
              series: seriesOf(assessment),
              companyName: profile.companyName,
              size: profile.size,
              customerType: profile.customerType,
              industry: profile.industry,
            },
            summaries,
          ),
  };
}

/** The company's own score per area, as the results and the report show it, for the "your score" column. */
export function scoresByArea(modules: ReadonlyArray<{ id: ModuleId; score: number | null }>): Record<ModuleId, number | null> {
  return Object.fromEntries(modules.map((m) => [m.id, m.score])) as Record<ModuleId, number | null>;
}
