import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from '@/lib/forms/zod';
import { formatWhen } from '@/lib/format';
import { useProblemText } from '@/lib/forms/problem-text';
import { zodMessage } from '@/lib/forms/server-errors';
import { useLanguage } from '@/lib/use-language';
import { useGiveFeedback } from '../../api/mentorships';
import type { Mentorship } from '../../api/types';
import { ProblemAlert } from '@/components/ui/live-alert';

/** When and why the mentorship ended, and the feedback form while feedback is due. */
const feedbackSchema = z.object({
  helped: z.enum(['yes', 'no'], { error: 'required' }),
  rating: z.enum(['1', '2', '3', '4', '5'], { error: 'required' }),
  comment: z.string().max(1000, 'tooLong'),
});
type FeedbackValues = z.infer<typeof feedbackSchema>;

export function Ended({ mentorship: m }: { mentorship: Mentorship }) {
  const { t } = useTranslation('mentoring');
  const { language } = useLanguage();
  const give = useGiveFeedback(m.id);
  const problem = useProblemText('mentoring');
  const heading = useRef<HTMLHeadingElement>(null);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<FeedbackValues>({
    resolver: zodResolver(feedbackSchema),
    defaultValues: { comment: '' },
  });
  useEffect(() => {
    if (give.isSuccess) heading.current?.focus();
  }, [give.isSuccess]);
  const onSubmit = (v: FeedbackValues) =>
    give.mutate({
      helped: v.helped === 'yes',
      rating: Number(v.rating),
      comment: v.comment.trim() || null,
    });
  return (
    <section className="hb-stack" aria-labelledby="hb-feedback">
      <Alert data-color="info">
        <Paragraph>
          {t('space.ended', { when: formatWhen(m.endedAt ?? m.startedAt, language) })}
        </Paragraph>
        {m.endedBy && m.endReason ? (
          <Paragraph>
            {t('space.endedBy', { name: m.endedBy.displayName, reason: m.endReason })}
          </Paragraph>
        ) : null}
      </Alert>
      <Heading level={2} data-size="sm" id="hb-feedback" ref={heading} tabIndex={-1}>
        {t('space.feedbackTitle')}
      </Heading>
      {!m.feedbackDue || give.isSuccess ? (
        <Paragraph role="status">{t('space.feedbackThanks')}</Paragraph>
      ) : (
        <form className="hb-form" noValidate onSubmit={(e) => void handleSubmit(onSubmit)(e)}>
          <Paragraph>{t('space.feedbackLead')}</Paragraph>
          <ProblemAlert call={give} text={problem} />
          <Fieldset>
            <Fieldset.Legend>{t('space.helped')}</Fieldset.Legend>
            <div className="hb-inline-choices">
              <Radio label={t('space.yes')} value="yes" {...register('helped')} />
              <Radio label={t('space.no')} value="no" {...register('helped')} />
            </div>
            {errors.helped ? (
              <ValidationMessage>{zodMessage(t, errors.helped.message)}</ValidationMessage>
            ) : null}
          </Fieldset>
          <Fieldset>
            <Fieldset.Legend>{t('space.rating')}</Fieldset.Legend>
            <div className="hb-inline-choices">
              {['1', '2', '3', '4', '5'].map((r) => (
                <Radio key={r} label={r} value={r} {...register('rating')} />
              ))}
            </div>
            {errors.rating ? (
              <ValidationMessage>{zodMessage(t, errors.rating.message)}</ValidationMessage>
            ) : null}
          </Fieldset>
          <Textfield
            multiline
            rows={3}
            label={t('space.comment')}
            error={zodMessage(t, errors.comment?.message)}
            {...register('comment')}
          />
          <div>
            <Button type="submit" disabled={give.isPending}>
              {t('space.sendFeedback')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
