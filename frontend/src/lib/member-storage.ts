/**
 * What one member keeps in this browser for use without a connection (ADR 0025): the topics they
 * read last and the posts waiting to be sent. Everything lives in localStorage under
 * `helsebro.offline.`, tagged with the member it belongs to, and is removed in one synchronous
 * sweep when the member signs out, when the session ends (the refresh is refused) or when another
 * member signs in. Guests keep nothing: without a member, reads give null and writes do nothing.
 */

const prefix = 'helsebro.offline.';
const memberKey = `${prefix}member`;

type Listener = () => void;
const listeners = new Set<Listener>();
let version = 0;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function changed() {
  version++;
  listeners.forEach((l) => l());
}

/** The member whose things are kept here, or null (a guest, or nobody signed in). */
export function keptMember(): number | null {
  const raw = storage()?.getItem(memberKey);
  const id = raw ? Number(raw) : NaN;
  return Number.isInteger(id) && id > 0 ? id : null;
}

/** Removes everything kept for use offline, whoever it belonged to. */
export function forgetKeptMember() {
  const store = storage();
  if (!store) return;
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const k = store.key(i);
    if (k?.startsWith(prefix)) keys.push(k);
  }
  keys.forEach((k) => store.removeItem(k));
  if (keys.length) changed();
}

/** A member signed in or was restored: a different member's things are removed first. */
export function rememberKeptMember(memberId: number) {
  const current = keptMember();
  if (current === memberId) return;
  forgetKeptMember();
  storage()?.setItem(memberKey, String(memberId));
  changed();
}

function itemKey(memberId: number, name: string) {
  return `${prefix}${memberId}.${name}`;
}

/** The signed-in member's value under this name, or null. */
export function readKept<T>(name: string): T | null {
  const member = keptMember();
  if (member == null) return null;
  try {
    const raw = storage()?.getItem(itemKey(member, name));
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

/**
 * Writes the member's value (null removes it). Returns false when nothing was written: no member,
 * or the browser's storage is full or blocked.
 */
export function writeKept(name: string, value: unknown): boolean {
  const member = keptMember();
  const store = storage();
  if (member == null || !store) return false;
  try {
    if (value == null) store.removeItem(itemKey(member, name));
    else store.setItem(itemKey(member, name), JSON.stringify(value));
    changed();
    return true;
  } catch {
    return false;
  }
}

/** For useSyncExternalStore: changes in this tab, and in other tabs through the storage event. */
export function subscribeKept(listener: Listener) {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key == null || e.key.startsWith(prefix)) changed();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** A number that changes whenever something kept changes (a snapshot for useSyncExternalStore). */
export function keptVersion() {
  return version;
}
