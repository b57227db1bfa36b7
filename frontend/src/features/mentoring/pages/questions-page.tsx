import { Button, Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequireRole } from '@/components/ui/require-role';
import { formatDateTime, formatWhen } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useLanguage } from '@/lib/use-language';
import { useDismissOffer, useMyQuestionRoutings, useQuestionOffers } from '../api/questions';
import type { QuestionRouting } from '../api/types';
import { MentoringNav } from '../components/mentoring-nav';
import '../mentoring.css';
import { ListSkeleton, LoadError } from '@/components/ui/load-state';

export function QuestionsPage() {
  return (
    <RequireRole roles={['ADVISOR']}>
      <Questions />
    </RequireRole>
  );
}

function Questions() {
  const { t } = useTranslation('mentoring');
  useDocumentTitle(t('questions.title'));
  return (
    <div className="hb-stack">
      <Heading level={1} data-size="lg">
        {t('questions.title')}
      </Heading>
      <MentoringNav />
      <Paragraph>{t('questions.lead')}</Paragraph>
      <div className="hb-columns">
        <OffersSection />
        <MyQuestions />
      </div>
    </div>
  );
}

function OffersSection() {
  const { t } = useTranslation('mentoring');
  const { language } = useLanguage();
  const offers = useQuestionOffers();
  const dismiss = useDismissOffer();
  return (
    <section className="hb-stack" aria-labelledby="hb-offers">
      <Heading level={2} data-size="md" id="hb-offers">
        {t('questions.forYouTitle')}
      </Heading>
      {offers.isPending ? (
        <ListSkeleton rows={2} />
      ) : offers.isError ? (
        <LoadError ns="mentoring" error={offers.error} retry={() => void offers.refetch()} />
      ) : offers.data.length === 0 ? (
        <Paragraph>{t('questions.forYouEmpty')}</Paragraph>
      ) : (
        <ul className="hb-card-list" aria-labelledby="hb-offers">
          {offers.data.map((o) => (
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
    </section>
  );
}

function MyQuestions() {
  const { t } = useTranslation('mentoring');
  const routings = useMyQuestionRoutings();
  return (
    <section className="hb-stack" aria-labelledby="hb-my-questions">
      <Heading level={2} data-size="md" id="hb-my-questions">
        {t('questions.mineTitle')}
      </Heading>
      {routings.isPending ? (
        <ListSkeleton rows={1} />
      ) : routings.isError ? (
        <LoadError ns="mentoring" error={routings.error} retry={() => void routings.refetch()} />
      ) : routings.data.length === 0 ? (
        <Paragraph>{t('questions.mineEmpty')}</Paragraph>
      ) : (
        <ul className="hb-card-list" aria-labelledby="hb-my-questions">
          {routings.data.map((r) => (
            <li key={r.topicId}>
              <QuestionLadder routing={r} />
            </li>
          ))}
        </ul>
      )}
    </section>
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
