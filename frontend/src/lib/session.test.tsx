import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NetworkError } from './api-client';
import { keptMember, readKept, rememberKeptMember, writeKept } from './member-storage';
import { SessionProvider, useSession } from './session';
import { testSession } from '@/testing/session';

function Status() {
  const { status, member } = useSession();
  return <p>{`${status} ${member?.displayName ?? ''}`.trim()}</p>;
}

const session = testSession();

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

  it('ignores a member update that arrives after sign-out (a language change sent just before)', async () => {
    function Controls() {
      const { updateMember, clear } = useSession();
      return (
        <>
          <button onClick={() => updateMember({ ...session.member, displayName: 'Kari N.' })}>
            rename
          </button>
          <button onClick={() => updateMember({ ...session.member, language: 'en' })}>late</button>
          <button onClick={clear}>sign out</button>
        </>
      );
    }
    render(
      <SessionProvider restore={async () => session}>
        <Status />
        <Controls />
      </SessionProvider>,
    );
    await act(async () => {});
    expect(screen.getByText('signed-in Kari')).toBeInTheDocument();

    await act(async () => screen.getByRole('button', { name: 'rename' }).click());
    expect(screen.getByText('signed-in Kari N.')).toBeInTheDocument();

    await act(async () => screen.getByRole('button', { name: 'sign out' }).click());
    await act(async () => screen.getByRole('button', { name: 'late' }).click());
    expect(screen.getByText('anonymous')).toBeInTheDocument();
  });

  describe('what is kept for offline use (ADR 0025)', () => {
    const keepSomethingFor = (id: number) => {
      rememberKeptMember(id);
      writeKept('topics', [{ id: 42 }]);
    };

    it('stays when the same member is restored, and when the connection is lost', async () => {
      keepSomethingFor(1);
      render(
        <SessionProvider restore={() => Promise.reject(new NetworkError(new TypeError('x')))}>
          <Status />
        </SessionProvider>,
      );
      await act(async () => {});
      expect(readKept('topics')).toEqual([{ id: 42 }]);
    });

    it('goes when restoring the session is refused', async () => {
      keepSomethingFor(1);
      render(
        <SessionProvider restore={async () => null}>
          <Status />
        </SessionProvider>,
      );
      await act(async () => {});
      expect(screen.getByText('anonymous')).toBeInTheDocument();
      expect(keptMember()).toBeNull();
      expect(readKept('topics')).toBeNull();
    });

    it('goes when another member signs in on this browser', async () => {
      keepSomethingFor(2);
      render(
        <SessionProvider restore={async () => session}>
          <Status />
        </SessionProvider>,
      );
      await act(async () => {});
      expect(screen.getByText('signed-in Kari')).toBeInTheDocument();
      expect(keptMember()).toBe(1);
      expect(readKept('topics')).toBeNull();
      expect(window.localStorage.getItem('helsebro.offline.2.topics')).toBeNull();
    });
  });
});
