import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '@/lib/api-client';
import { deleteServerDraft, loadServerDraft, saveServerDraft } from '../api/writing';

/** Where a draft is kept right now, for the status line under a form. */
export type DraftStatus = 'empty' | 'local' | 'saving' | 'saved' | 'offline';

interface Stored<T> {
  value: T;
  savedAt: string;
}

const localDelay = 250;
const serverDelay = 1500;

function storageKey(memberId: number, key: string) {
  return `helsebro.draft.${memberId}.${key}`;
}

/** This browser holds a draft of the member's under this key. */
export function hasLocalDraft(memberId: number, key: string) {
  return readLocal(memberId, key) != null;
}

function readLocal<T>(memberId: number, key: string): Stored<T> | null {
  try {
    const raw = window.localStorage.getItem(storageKey(memberId, key));
    return raw ? (JSON.parse(raw) as Stored<T>) : null;
  } catch {
    return null;
  }
}

function writeLocal<T>(memberId: number, key: string, stored: Stored<T> | null) {
  try {
    if (stored) window.localStorage.setItem(storageKey(memberId, key), JSON.stringify(stored));
    else window.localStorage.removeItem(storageKey(memberId, key));
  } catch {
    // Storage may be full or blocked; the server copy still keeps the draft.
  }
}

/**
 * A form value that survives a closed tab or a lost connection: every change is written to
 * localStorage at once and to the server shortly after (docs/adr/0204). On load the newer of
 * the two copies wins. `clear` forgets both after a successful submit.
 */
export function useDraft<T>(key: string, memberId: number, empty: T, isEmpty: (v: T) => boolean) {
  const [value, setValue] = useState<T>(() => readLocal<T>(memberId, key)?.value ?? empty);
  const [status, setStatus] = useState<DraftStatus>(() =>
    readLocal<T>(memberId, key) ? 'local' : 'empty',
  );
  const [restored, setRestored] = useState(() => readLocal<T>(memberId, key) != null);
  const dirty = useRef(false);
  const latest = useRef<Stored<T> | null>(readLocal<T>(memberId, key));
  const isEmptyRef = useRef(isEmpty);
  useEffect(() => {
    isEmptyRef.current = isEmpty;
  });

  // The server copy, if it is newer than what this browser has (another device, a cleared cache).
  useEffect(() => {
    let cancelled = false;
    loadServerDraft(key)
      .then((server) => {
        if (cancelled || dirty.current || !server) return;
        const local = latest.current;
        if (!local || local.savedAt < server.updatedAt) {
          try {
            const parsed = JSON.parse(server.payload) as Stored<T>;
            if (parsed && parsed.value !== undefined) {
              latest.current = parsed;
              writeLocal(memberId, key, parsed);
              setValue(parsed.value);
              setRestored(true);
              setStatus('saved');
            }
          } catch {
            // A draft we cannot read is ignored.
          }
        } else {
          setStatus('local');
        }
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [key, memberId]);

  const pushToServer = useCallback(async () => {
    const current = latest.current;
    if (!current) return;
    setStatus('saving');
    try {
      await saveServerDraft(key, JSON.stringify(current));
      if (latest.current === current) setStatus('saved');
    } catch (e) {
      setStatus(e instanceof ApiError ? 'local' : 'offline');
    }
  }, [key]);

  // Write locally soon, to the server a little later; resend when the connection returns.
  useEffect(() => {
    if (!dirty.current) return;
    const local = window.setTimeout(() => {
      const stored = isEmptyRef.current(value)
        ? null
        : { value, savedAt: new Date().toISOString() };
      latest.current = stored;
      writeLocal(memberId, key, stored);
      setStatus(stored ? 'local' : 'empty');
    }, localDelay);
    const server = window.setTimeout(() => {
      if (latest.current) void pushToServer();
      else void deleteServerDraft(key).catch(() => undefined);
    }, serverDelay);
    return () => {
      window.clearTimeout(local);
      window.clearTimeout(server);
    };
  }, [value, key, memberId, pushToServer]);

  useEffect(() => {
    const online = () => {
      if (latest.current) void pushToServer();
    };
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [pushToServer]);

  const update = useCallback((next: T | ((prev: T) => T)) => {
    dirty.current = true;
    setValue(next);
  }, []);

  const clear = useCallback(() => {
    dirty.current = false;
    latest.current = null;
    writeLocal(memberId, key, null);
    setValue(empty);
    setStatus('empty');
    setRestored(false);
    void deleteServerDraft(key).catch(() => undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, memberId]);

  return { value, update, clear, status, restored };
}
