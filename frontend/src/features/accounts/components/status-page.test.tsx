import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { SessionProvider, type EstablishedSession, type Role } from '@/lib/session';
import { testSession } from '@/testing/session';
import { StatusPage } from './status-page';

function show(session: EstablishedSession | null) {
  const router = createMemoryRouter(
    [
      {
        path: '/waiting',
        element: (
          <StatusPage memberRole="PENDING" path="/waiting">
            {(member) => <p>Venter: {member.displayName}</p>}
          </StatusPage>
        ),
      },
      { path: '/', element: <p>Forsiden</p> },
      { path: '/sign-in', element: <p>Logg inn</p> },
    ],
    { initialEntries: ['/waiting'] },
  );
  render(
    <SessionProvider restore={async () => session}>
      <RouterProvider router={router} />
    </SessionProvider>,
  );
  return router;
}

const as = (roles: Role[]) => testSession('token', { roles });

describe('StatusPage', () => {
  it('shows the page to a member held at the status', async () => {
    show(as(['PENDING']));
    expect(await screen.findByText('Venter: Kari')).toBeInTheDocument();
  });

  it('sends a guest to sign in and back, and anyone else to the front page', async () => {
    const guest = show(null);
    expect(await screen.findByText('Logg inn')).toBeInTheDocument();
    expect(guest.state.location.search).toBe('?next=%2Fwaiting');
    guest.dispose();
    document.body.innerHTML = '';
    show(as(['ADVISOR']));
    expect(await screen.findByText('Forsiden')).toBeInTheDocument();
  });
});
