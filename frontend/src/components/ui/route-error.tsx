import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NetworkError } from '@/lib/api-client';
import { defaultLanguage, isLanguage, type Language } from '@/lib/i18n';

type ErrorText = 'title' | 'body' | 'retry' | 'network';

/**
 * This page's texts for when the app's own have not come: on a first visit whose connection drops
 * before the texts (a chunk of their own) arrive, the page would otherwise show its keys
 * ("error.title"). The same words as `error.*` in each language's common.json (a unit test keeps
 * them equal); kept here, in the first load, as they are few.
 */
export const routeErrorFallback: Record<Language, Record<ErrorText, string>> = {
  nb: {
    title: 'Noe gikk galt',
    body: 'Vi klarte ikke å vise siden. Prøv igjen om litt.',
    retry: 'Prøv igjen',
    network: 'Fikk ikke kontakt med Helsebro. Sjekk nettforbindelsen og prøv igjen.',
  },
  nn: {
    title: 'Noko gjekk gale',
    body: 'Vi klarte ikkje å vise sida. Prøv igjen om litt.',
    retry: 'Prøv igjen',
    network: 'Fekk ikkje kontakt med Helsebro. Sjekk nettsambandet og prøv igjen.',
  },
  en: {
    title: 'Something went wrong',
    body: 'We could not show this page. Please try again shortly.',
    retry: 'Try again',
    network: 'Could not reach Helsebro. Check your connection and try again.',
  },
};

/** Shown when a route fails to load (a lost connection while fetching its code, a crash). */
export function RouteError() {
  const error = useRouteError();
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  const text = (key: ErrorText) =>
    i18n.exists(`error.${key}`) ? t(`error.${key}`) : routeErrorFallback[language][key];
  const network =
    error instanceof NetworkError ||
    (error instanceof TypeError && /fetch|import/i.test(error.message));
  return (
    <main id="main" className="hb-main hb-stack">
      <Heading level={1} data-size="lg">
        {text('title')}
      </Heading>
      <Alert data-color="danger">
        <Paragraph>{network ? text('network') : text('body')}</Paragraph>
        {isRouteErrorResponse(error) && <Paragraph data-size="sm">{error.status}</Paragraph>}
      </Alert>
      <Button onClick={() => window.location.reload()}>{text('retry')}</Button>
    </main>
  );
}
