/** Limits well above any real use (a real note is a few lines; 20,000 characters is ten pages). One definition:
 *  the UI caps its inputs with them and main validates with them. */
export const LIMITS = {
  name: 200,
  note: 20_000,
  id: 100,
  answers: 500,
  assessments: 5_000,
  /** A workshop is 3-12 people; a large department still fits. */
  respondents: 50,
  /** A course code ("MARK2100", "SoMe-kurs høst 2026"). */
  course: 60,
  /** The most a teacher can ask for in one area's reflection. */
  minWords: 2_000,
} as const;
