/** The columns of the two CSV files, in order; the report holds a header text for each. Its own file so that the
 *  report (which names the headers) and the CSV writer (which reads the report) do not import each other. */

/** The columns of the answers CSV, in order; their header texts are `common:csv.answers.<column>`. */
export const ANSWER_COLUMNS = ['module', 'question', 'answer', 'points', 'note'] as const;
export type AnswerColumn = (typeof ANSWER_COLUMNS)[number];

/** The columns of the plan CSV, in order; their header texts are `common:csv.plan.<column>`. */
export const PLAN_COLUMNS = ['horizon', 'action', 'why', 'steps', 'kpi', 'work', 'owner', 'due', 'status', 'note'] as const;
export type PlanColumn = (typeof PLAN_COLUMNS)[number];
