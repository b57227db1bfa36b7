import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from '@/lib/api-client';
import { forgetKeptMember, rememberKeptMember } from '@/lib/member-storage';
import type { CreatedView } from '../api/types';
import {
  enqueue,
  flushOutbox,
  outboxItems,
  removeItem,
  sendOrKeep,
  type OutboxItem,
} from './outbox';

function reply(key: string, body = `Svar ${key}`) {
  return {
    key,
    kind: 'reply' as const,
    path: '/topics/5/posts',
    body: { body, replyToPostId: null },
    draftKey: 'reply-5',
    draft: { body, replyTo: null },
    topicId: 5,
    href: '/forum/t/5',
  };
}

const created = (n: number): CreatedView => ({ id: n, topicId: 5, postNumber: n, replayed: false });

/** A fake server that records every request's idempotency key and answers as told. */
function server(answer: (item: OutboxItem) => CreatedView | Error = () => created(2)) {
  const keys: string[] = [];
  const send = async (item: OutboxItem) => {
    keys.push(item.key);
    await Promise.resolve();
    const a = answer(item);
    if (a instanceof Error) throw a;
    return a;
  };
  return { keys, send };
}

beforeEach(() => rememberKeptMember(9));
afterEach(() => window.localStorage.clear());

describe('outbox (ADR 0025)', () => {
  it('sends a waiting reply once with the key it was written with, then shows it as sent', async () => {
    enqueue(reply('k1'));
    expect(outboxItems()[0]?.state).toBe('waiting');
    const s = server();
    expect(await flushOutbox(s.send)).toBe(1);
    expect(s.keys).toEqual(['k1']);
    expect(outboxItems()[0]).toMatchObject({ state: 'sent', created: created(2) });
    // A second round (the connection flickers, another "online" event) sends nothing again.
    expect(await flushOutbox(s.send)).toBe(0);
    expect(s.keys).toEqual(['k1']);
  });

  it('two rounds started at once share one: the reply is in flight once', async () => {
    enqueue(reply('k1'));
    const s = server();
    const [a, b] = await Promise.all([flushOutbox(s.send), flushOutbox(s.send)]);
    expect(a).toBe(1);
    expect(b).toBe(1);
    expect(s.keys).toEqual(['k1']);
  });

  it('still without a connection, the replies keep waiting with their keys, in order', async () => {
    enqueue(reply('k1'));
    enqueue(reply('k2'));
    const offline = server(() => new NetworkError(new TypeError('Failed to fetch')));
    expect(await flushOutbox(offline.send)).toBe(0);
    expect(offline.keys).toEqual(['k1']);
    expect(outboxItems().map((i) => [i.key, i.state])).toEqual([
      ['k1', 'waiting'],
      ['k2', 'waiting'],
    ]);
    const online = server();
    expect(await flushOutbox(online.send)).toBe(2);
    expect(online.keys).toEqual(['k1', 'k2']);
  });

  it('a refusal keeps the server’s reason and the text, and the rest are still sent', async () => {
    enqueue(reply('k1', 'Pasient 01017012345'));
    enqueue(reply('k2'));
    const s = server((item) =>
      item.key === 'k1'
        ? new ApiError(422, { status: 422, code: 'patient-data', field: 'body' })
        : created(3),
    );
    expect(await flushOutbox(s.send)).toBe(1);
    const [refused, sent] = outboxItems();
    expect(refused).toMatchObject({
      key: 'k1',
      state: 'refused',
      refusal: { status: 422, problem: { code: 'patient-data' } },
      draft: { body: 'Pasient 01017012345' },
    });
    expect(sent).toMatchObject({ key: 'k2', state: 'sent' });
    // A refused item is not tried again.
    await flushOutbox(s.send);
    expect(s.keys).toEqual(['k1', 'k2']);
  });

  it('a server error is not a refusal: the reply waits for the next round', async () => {
    enqueue(reply('k1'));
    const failing = server(() => new ApiError(503, { status: 503 }));
    expect(await flushOutbox(failing.send)).toBe(0);
    expect(outboxItems()[0]?.state).toBe('waiting');
    const s = server();
    expect(await flushOutbox(s.send)).toBe(1);
    expect(s.keys).toEqual(['k1']);
  });

  it('a cancelled reply is not sent', async () => {
    enqueue(reply('k1'));
    enqueue(reply('k2'));
    removeItem('k1');
    const s = server();
    await flushOutbox(s.send);
    expect(s.keys).toEqual(['k2']);
  });

  it('the same key queued again replaces the item rather than adding a second', () => {
    enqueue(reply('k1', 'første'));
    enqueue(reply('k1', 'andre'));
    expect(outboxItems()).toHaveLength(1);
    expect(outboxItems()[0]?.body).toEqual({ body: 'andre', replyToPostId: null });
  });

  it('is the member’s own: a guest keeps nothing, and sign-out empties it', () => {
    enqueue(reply('k1'));
    forgetKeptMember();
    expect(outboxItems()).toEqual([]);
    expect(enqueue(reply('k2'))).toBe(false);
    expect(outboxItems()).toEqual([]);
  });
});

describe('sendOrKeep', () => {
  const online = (on: boolean) =>
    Object.defineProperty(window.navigator, 'onLine', { value: on, configurable: true });
  afterEach(() => online(true));

  it('sends at once when online and forgets the draft once sent', async () => {
    let forgotten = 0;
    const got = await sendOrKeep(
      reply('k1'),
      async () => created(3),
      () => forgotten++,
    );
    expect(got).toEqual(created(3));
    expect(forgotten).toBe(1);
    expect(outboxItems()).toEqual([]);
  });

  it('offline, keeps the reply without trying to send it', async () => {
    online(false);
    let sent = 0;
    let forgotten = 0;
    const got = await sendOrKeep(
      reply('k1'),
      async () => {
        sent++;
        return created(3);
      },
      () => forgotten++,
    );
    expect(got).toBeNull();
    expect([sent, forgotten]).toEqual([0, 1]);
    expect(outboxItems()[0]).toMatchObject({ key: 'k1', state: 'waiting' });
  });

  it('keeps the reply when the connection goes while sending; a refusal is thrown and nothing is kept', async () => {
    const lost = sendOrKeep(
      reply('k1'),
      () => Promise.reject(new NetworkError(new TypeError('Failed to fetch'))),
      () => undefined,
    );
    expect(await lost).toBeNull();
    expect(outboxItems().map((i) => i.key)).toEqual(['k1']);
    let forgotten = 0;
    const refused = sendOrKeep(
      reply('k2'),
      () => Promise.reject(new ApiError(400, { status: 400, code: 'validation' })),
      () => forgotten++,
    );
    await expect(refused).rejects.toBeInstanceOf(ApiError);
    expect(forgotten).toBe(0);
    expect(outboxItems().map((i) => i.key)).toEqual(['k1']);
  });
});
