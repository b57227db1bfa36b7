import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOutboxRunner } from '../hooks/use-outbox-runner';
import { useOutbox } from '../lib/outbox';

/**
 * Under the header on every page: sends waiting posts when it can, and says what still waits and
 * what Helsebro refused, with a link to where it is shown in place (ADR 0025).
 */
export function OutboxNotice() {
  const { t } = useTranslation();
  useOutboxRunner();
  const items = useOutbox();
  const waiting = items.filter((i) => i.state === 'waiting');
  const refused = items.filter((i) => i.state === 'refused');
  const first = refused[0] ?? waiting[0];
  if (!first) return null;
  return (
    <div className="hb-offline hb-outbox-notice" role="status">
      <Paragraph data-size="sm">
        {waiting.length ? t('outbox.waiting', { count: waiting.length }) : null}
        {waiting.length && refused.length ? ' ' : null}
        {refused.length ? t('outbox.refused', { count: refused.length }) : null}{' '}
        <Link to={first.href} className="ds-link">
          {t('outbox.show')}
        </Link>
      </Paragraph>
    </div>
  );
}
