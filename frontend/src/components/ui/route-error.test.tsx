import { render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import en from '@/locales/en/common.json';
import nb from '@/locales/nb/common.json';
import nn from '@/locales/nn/common.json';
import { initTestI18n } from '@/testing/test-i18n';
import { RouteError, routeErrorFallback } from './route-error';

function failingRoute() {
  const router = createMemoryRouter([
    {
      path: '/',
      errorElement: <RouteError />,
      lazy: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    },
  ]);
  render(<RouterProvider router={router} />);
}

describe('RouteError', () => {
  it("keeps its own words equal to each language's common.json", () => {
    for (const [language, texts] of Object.entries({ nb, nn, en })) {
      const { title, body, retry, network } = texts.error;
      expect(routeErrorFallback[language as 'nb']).toEqual({ title, body, retry, network });
    }
  });

  it('says what went wrong with the texts loaded', async () => {
    await initTestI18n('nn');
    failingRoute();
    expect(await screen.findByRole('heading', { name: 'Noko gjekk gale' })).toBeInTheDocument();
    expect(screen.getByText(nn.error.network)).toBeInTheDocument();
  });

  it("says it in the member's language when the app's texts never came (offline on a first visit)", async () => {
    // An i18n without any texts, as when the connection went before common.json's chunk came.
    await i18next.use(initReactI18next).init({
      lng: 'en',
      fallbackLng: false,
      resources: {},
      react: { useSuspense: false },
    });
    failingRoute();
    expect(
      await screen.findByRole('heading', { name: 'Something went wrong' }),
    ).toBeInTheDocument();
    expect(screen.getByText(en.error.network)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.queryByText(/error\./)).toBeNull();
  });
});
