import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemText } from '@/lib/forms/problem-text';
import type { useOptOut } from '../../api/mentors';
import { ProblemAlert } from '@/components/ui/live-alert';

/** Stops being a mentor, after a second click to confirm. */
export function OptOut({
  memberId,
  optOut,
}: {
  memberId: number;
  optOut: ReturnType<typeof useOptOut>;
}) {
  const { t } = useTranslation('mentoring');
  const problem = useProblemText('mentoring');
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="hb-stack hb-danger-zone" aria-labelledby={`hb-optout-${memberId}`}>
      <Heading level={2} data-size="sm" id={`hb-optout-${memberId}`}>
        {t('settings.optOutTitle')}
      </Heading>
      <Paragraph>{t('settings.optOutBody')}</Paragraph>
      <ProblemAlert call={optOut} text={problem} />
      <div className="hb-actions">
        {confirming ? (
          <>
            <Button data-color="danger" onClick={() => optOut.mutate()} disabled={optOut.isPending}>
              {t('settings.optOutConfirm')}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
          </>
        ) : (
          <Button variant="secondary" data-color="danger" onClick={() => setConfirming(true)}>
            {t('settings.optOut')}
          </Button>
        )}
      </div>
    </section>
  );
}
