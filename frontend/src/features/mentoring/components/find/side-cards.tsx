import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMyMentorProfile } from '../../api/mentors';
import { useQuestionOffers } from '../../api/questions';

/** A nudge when unanswered questions have been offered to this member. */
export function QuestionsTeaser() {
  const { t } = useTranslation('mentoring');
  const offers = useQuestionOffers();
  if (!offers.data?.length) return null;
  return (
    <Card variant="tinted" data-color="warning">
      <Heading level={2} data-size="xs">
        {t('questions.title')}
      </Heading>
      <Paragraph>{t('questions.teaser', { count: offers.data.length })}</Paragraph>
      <Link to="/mentoring/questions" className="ds-link">
        {t('questions.teaserLink')}
      </Link>
    </Card>
  );
}

/** Asks a member who is not a mentor to become one; tells a mentor where their mentees are. */
export function BecomeMentor() {
  const { t } = useTranslation('mentoring');
  const profile = useMyMentorProfile();
  if (profile.isPending || profile.isError) return null;
  if (profile.data) {
    return (
      <Card variant="tinted">
        <Paragraph>{t('find.youAreMentor')}</Paragraph>
        <Link to="/mentoring/mine" className="ds-link">
          {t('nav.mine')}
        </Link>
      </Card>
    );
  }
  return (
    <Card variant="tinted">
      <Heading level={2} data-size="xs">
        {t('find.becomeTitle')}
      </Heading>
      <Paragraph>{t('find.becomeBody')}</Paragraph>
      <Link to="/mentoring/settings" className="ds-link">
        {t('find.becomeLink')}
      </Link>
    </Card>
  );
}
