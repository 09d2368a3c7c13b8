import type { AssessmentSummary } from '../../domain/model/summary';
import { api } from '../../api';

/**
 * The stored assessments' summaries for "companies like yours", through the home list's own channel (no assessment
 * crosses in full); null while the consultant has the comparison turned off, or when main cannot say.
 */
export async function peerSummaries(): Promise<AssessmentSummary[] | null> {
  try {
    return (await api().getPeerComparison()) ? await api().listSummaries() : null;
  } catch {
    return null;
  }
}
