import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { topicKinds } from '../../api/types';

/** The first step of a new topic: which kind it is, each with a line on what it is for. */
export function KindChoice() {
  const { t } = useTranslation('forum');
  const [params, setParams] = useSearchParams();
  return (
    <article className="hb-stack">
      <Heading level={1} data-size="lg">
        {t('new.chooseTitle')}
      </Heading>
      <Paragraph>{t('new.chooseLead')}</Paragraph>
      <ul className="hb-kind-choices">
        {topicKinds.map((k) => (
          <li key={k}>
            <Link
              to={`/forum/new?${new URLSearchParams({ ...Object.fromEntries(params), kind: k.toLowerCase() })}`}
              className="hb-kind-choice"
              onClick={(e) => {
                e.preventDefault();
                const next = new URLSearchParams(params);
                next.set('kind', k.toLowerCase());
                setParams(next);
              }}
            >
              <strong>{t(`kind.${k}`)}</strong>
              <span>{t(`new.explain.${k}`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </article>
  );
}
