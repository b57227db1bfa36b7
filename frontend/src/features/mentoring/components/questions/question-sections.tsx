import { Button, Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QuerySection } from '@/components/ui/section';
import { formatDateTime, formatWhen } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';
import { useDismissOffer, useMyQuestionRoutings, useQuestionOffers } from '../../api/questions';
import type { QuestionRouting } from '../../api/types';

/** Unanswered questions offered to this member, each with why and a button to dismiss it. */
export function OffersSection() {
  const { t } = useTranslation('mentoring');
  const { language } = useLanguage();
  const offers = useQuestionOffers();
  const dismiss = useDismissOffer();
  return (
    <QuerySection
      id="hb-offers"
      title={t('questions.forYouTitle')}
      query={offers}
      ns="mentoring"
      rows={2}
      empty={t('questions.forYouEmpty')}
      render={(list) => (
        <ul className="hb-card-list" aria-labelledby="hb-offers">
          {list.map((o) => (
            <li key={o.topicId}>
              <Card className="hb-request">
                <Heading level={3} data-size="xs">
                  <Link to={`/forum/t/${o.topicId}`} className="ds-link">
                    {o.title}
                  </Link>
                </Heading>
                <div className="hb-tags">
                  <Tag data-color="info">{t(`questions.why.${o.stage}`)}</Tag>
                </div>
                <Paragraph data-size="sm">
                  {t('questions.askedAt', { when: formatWhen(o.askedAt, language) })}
                </Paragraph>
                <div>
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    disabled={dismiss.isPending}
                    onClick={() => dismiss.mutate(o.topicId)}
                  >
                    {t('questions.dismiss')}
                    <span className="hb-visually-hidden">: {o.title}</span>
                  </Button>
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
    />
  );
}

/** The member's own questions, each with its routing ladder. */
export function MyQuestions() {
  const { t } = useTranslation('mentoring');
  const routings = useMyQuestionRoutings();
  return (
    <QuerySection
      id="hb-my-questions"
      title={t('questions.mineTitle')}
      query={routings}
      ns="mentoring"
      rows={1}
      empty={t('questions.mineEmpty')}
      render={(list) => (
        <ul className="hb-card-list" aria-labelledby="hb-my-questions">
          {list.map((r) => (
            <li key={r.topicId}>
              <QuestionLadder routing={r} />
            </li>
          ))}
        </ul>
      )}
    />
  );
}

/** One question's ladder: each rung with when it is due, when it was taken and how many it reached. */
export function QuestionLadder({ routing: r }: { routing: QuestionRouting }) {
  const { t } = useTranslation('mentoring');
  const { language } = useLanguage();
  return (
    <Card className="hb-request">
      <Heading level={3} data-size="xs">
        <Link to={`/forum/t/${r.topicId}`} className="ds-link">
          {r.title}
        </Link>
      </Heading>
      <div className="hb-tags">
        <Tag
          data-color={
            r.status === 'ANSWERED' ? 'success' : r.status === 'OPEN' ? 'info' : 'neutral'
          }
        >
          {t(`questions.status.${r.status}`)}
        </Tag>
      </div>
      <ol className="hb-ladder">
        <li className="hb-ladder__step hb-ladder__step--done">
          {t('questions.asked', { when: formatDateTime(r.askedAt, language) })}
        </li>
        {r.steps.map((s) => (
          <li
            key={`${s.stage}-${s.round}`}
            className={s.doneAt ? 'hb-ladder__step hb-ladder__step--done' : 'hb-ladder__step'}
          >
            <strong>{t(`questions.stage.${s.stage}`, { round: s.round })}</strong>{' '}
            {s.doneAt
              ? t('questions.done', {
                  when: formatDateTime(s.doneAt, language),
                  count: s.offered,
                })
              : r.status === 'OPEN'
                ? t('questions.planned', { when: formatDateTime(s.dueAt, language) })
                : t('questions.notNeeded')}
          </li>
        ))}
        {r.answeredAt ? (
          <li className="hb-ladder__step hb-ladder__step--done">
            {t('questions.answered', { when: formatDateTime(r.answeredAt, language) })}
          </li>
        ) : null}
      </ol>
    </Card>
  );
}
