import type { Answer, QuestionDef } from '../../domain/model/types';
import { distributionBars } from '../../domain/workshop/presentation';
import { DistributionBars } from '../../components/DistributionBars';

/**
 * How the team answered one question: one bar per level or option, the count beside it (never who). The team's
 * answer is marked. The same bars as on the projector (components/DistributionBars.tsx).
 */
export function Distribution({
  question,
  answers,
  team,
}: {
  question: QuestionDef;
  answers: ReadonlyArray<Answer | undefined>;
  team: Answer | undefined;
}) {
  return <DistributionBars question={question} bars={distributionBars(question, answers, team)} />;
}
