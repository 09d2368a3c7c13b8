import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment, ModuleId } from '../../domain/model/types';
import { wordCount } from '../../domain/homework/homework';
import { LIMITS } from '../../domain/model/limits';
import type { AssessmentChange } from '../../domain/model/steps';

/** Homework: the student's reflection on an area, with its word count against the teacher's minimum. */
export function ReflectionField({
  assessment,
  module,
  onChange,
}: {
  assessment: Assessment;
  module: ModuleId;
  onChange: AssessmentChange;
}) {
  const { t } = useTranslation();
  const id = useId();
  const h = assessment.homework;
  // The text is the field's own while typing (the assessment follows), so the cursor never jumps.
  const [text, setText] = useState(h?.reflections[module] ?? '');
  if (!h) return null;
  const words = wordCount(text);
  const needed = Math.max(1, h.minWords);
  return (
    <section className="reflection" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('homework:reflection.title')}</h2>
      <p className="hint" id={`${id}-hint`}>
        {t(`homework:reflection.prompt.${module}`)}
      </p>
      <label htmlFor={id} className="visually-hidden">
        {t('homework:reflection.label', { area: t(`${module}:name`) })}
      </label>
      <textarea
        id={id}
        rows={6}
        maxLength={LIMITS.note}
        value={text}
        aria-describedby={`${id}-hint ${id}-count`}
        onChange={(e) => {
          const value = e.target.value;
          setText(value);
          onChange((a) =>
            a.homework ? { ...a, homework: { ...a.homework, reflections: { ...a.homework.reflections, [module]: value } } } : a,
          );
        }}
      />
      <p id={`${id}-count`} className={words >= needed ? 'word-count enough' : 'word-count'}>
        {h.minWords > 0
          ? t('homework:reflection.countWithMin', { count: words, min: h.minWords })
          : t('homework:reflection.count', { count: words })}
      </p>
    </section>
  );
}
