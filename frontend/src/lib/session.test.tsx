import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NetworkError } from './api-client';
import { SessionProvider, useSession, type EstablishedSession } from './session';

function Status() {
  const { status, member } = useSession();
  return <p>{`${status} ${member?.displayName ?? ''}`.trim()}</p>;
}

const session: EstablishedSession = {
  accessToken: 'token',
  member: {
    id: 1,
    displayName: 'Kari',
    email: 'kari@example.no',
    status: 'ACTIVE',
    roles: ['ADVISOR'],
    language: 'nb',
  },
};

describe('SessionProvider', () => {
  it('without a connection keeps the session unknown and restores it when the connection returns', async () => {
    let calls = 0;
    const restore = async () => {
      calls++;
      if (calls === 1) throw new NetworkError(new TypeError('Failed to fetch'));
      return session;
    };
    render(
      <SessionProvider restore={restore}>
        <Status />
      </SessionProvider>,
    );
    await act(async () => {});
    // Not "anonymous": an offline member is not signed out.
    expect(screen.getByText('loading')).toBeInTheDocument();

    await act(async () => {
      window.dispatchEvent(new Event('online'));
    });
    expect(screen.getByText('signed-in Kari')).toBeInTheDocument();
    expect(calls).toBe(2);
  });

  it('treats a refusal (not a lost connection) as signed out', async () => {
    render(
      <SessionProvider restore={() => Promise.reject(new Error('refused'))}>
        <Status />
      </SessionProvider>,
    );
    await act(async () => {});
    expect(screen.getByText('anonymous')).toBeInTheDocument();
  });
});
