import { useTranslation } from 'react-i18next';
import { useFocusHeading } from '../../components/useFocusHeading';
import { usePageTitle } from '../../components/usePageTitle';
import { statementSchema } from './statement';

/**
 * The accessibility statement in the UI language (Help menu), with a way back to the screen it was opened from.
 * Its text is the same as docs/accessibility-statement.<lng>.md: both come from locales/<lng>/accessibility.json.
 */
export function AccessibilityStatementScreen({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation('accessibility');
  const heading = useFocusHeading();
  usePageTitle(t('screen.pageTitle'));
  const statement = statementSchema.parse(t('statement', { returnObjects: true }));
  const back = (
    <button type="button" onClick={onBack}>
      {t('screen.back')}
    </button>
  );

  return (
    <article className="statement" aria-labelledby="statement-title">
      {back}
      <h1 id="statement-title" tabIndex={-1} ref={heading}>
        {statement.title}
      </h1>
      <p className="lead">{statement.intro}</p>
      {statement.sections.map((section) => (
        <section key={section.heading}>
          <h2>{section.heading}</h2>
          {section.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
          {section.items && (
            <ul>
              {section.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
      {back}
    </article>
  );
}
