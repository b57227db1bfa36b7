import { Card, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListSkeleton, LoadError } from '@/components/ui/load-state';
import { HeadedSection } from '@/components/ui/section';
import { suggestionCount } from '../../api/find-queries';
import { useSuggestions } from '../../api/mentors';
import { MatchExplanation } from '../match-explanation';
import { MentorCard } from '../mentor-card';

/** The best-matching mentors for the member's stated needs, with why each fits. */
export function SuggestionsSection() {
  const { t } = useTranslation('mentoring');
  const suggestions = useSuggestions(suggestionCount);
  return (
    <HeadedSection id="hb-suggestions-title" title={t('find.suggestionsTitle')}>
      {suggestions.isPending ? (
        <ListSkeleton rows={2} />
      ) : suggestions.isError ? (
        <LoadError
          ns="mentoring"
          error={suggestions.error}
          retry={() => void suggestions.refetch()}
        />
      ) : !suggestions.data.needsStated ? (
        <Card data-color="accent" variant="tinted">
          <Paragraph>{t('find.noNeeds')}</Paragraph>
          <p>
            <Link to="/mentoring/needs" className="ds-button" data-variant="primary">
              {t('find.stateNeeds')}
            </Link>
          </p>
        </Card>
      ) : (
        <>
          {suggestions.data.items.length === 0 ? (
            <Paragraph>{t('find.noSuggestions')}</Paragraph>
          ) : (
            <ol className="hb-card-list" aria-label={t('find.suggestionsTitle')}>
              {suggestions.data.items.map((s) => (
                <li key={s.mentor.id}>
                  <MentorCard
                    mentor={s.mentor}
                    lead={
                      <p className="hb-score">
                        <strong>{t('find.match', { score: s.score })}</strong>
                      </p>
                    }
                  >
                    <MatchExplanation
                      reasons={s.reasons}
                      shortfalls={s.shortfalls}
                      mentor={s.mentor}
                      headingLevel={4}
                    />
                    <p>
                      <Link to={`/mentoring/mentors/${s.mentor.id}`} className="ds-link">
                        {t('find.seeMentor', { name: s.mentor.displayName })}
                      </Link>
                    </p>
                  </MentorCard>
                </li>
              ))}
            </ol>
          )}
          <p>
            <Link to="/mentoring/needs" className="ds-link">
              {t('find.editNeeds')}
            </Link>
          </p>
        </>
      )}
    </HeadedSection>
  );
}
