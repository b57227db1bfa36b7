import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { SessionProvider } from '@/lib/session';
import { answer } from '@/testing/render';
import { initTestI18n } from '@/testing/test-i18n';
import { RegisterPage } from './register-page';

function show() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter([{ path: '/register', element: <RegisterPage /> }], {
    initialEntries: ['/register'],
  });
  render(
    <QueryClientProvider client={client}>
      <SessionProvider restore={async () => null}>
        <RouterProvider router={router} />
      </SessionProvider>
    </QueryClientProvider>,
  );
}

async function fillIn(password: string) {
  await userEvent.type(await screen.findByLabelText('Navn'), 'Nora Nyansatt');
  await userEvent.type(screen.getByLabelText('E-postadresse'), 'nora@ahus.no');
  await userEvent.type(screen.getByLabelText('Passord'), password);
  await userEvent.type(screen.getByLabelText('Arbeidssted (virksomhet)'), 'Ahus');
  await userEvent.click(screen.getByRole('button', { name: 'Bli medlem' }));
}

describe('RegisterPage', () => {
  beforeEach(async () => {
    await initTestI18n('nb');
  });

  it('shows the server’s reason for a refused password on the field and moves the focus there', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        answer(400, {
          status: 400,
          code: 'password-personal',
          errors: [{ field: 'password', message: 'personal', code: 'password-personal' }],
        }),
      ),
    );
    show();
    await fillIn('helsebro123456');

    const password = screen.getByLabelText('Passord');
    expect(
      await screen.findByText(/Passordet inneholder navnet ditt, e-postadressen din/),
    ).toBeVisible();
    expect(screen.queryByText('Noe gikk galt. Prøv igjen.')).toBeNull();
    expect(password).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(password).toHaveFocus());
  });

  it('moves the focus to the confirmation that replaces the form', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => answer(202, { email: 'nora@ahus.no' })),
    );
    show();
    await fillIn('kaffe på nattevakt klokka tre');

    const sent = await screen.findByRole('status');
    expect(sent).toHaveTextContent('Vi har sendt en lenke til nora@ahus.no');
    expect(sent).toHaveFocus();
  });
});
