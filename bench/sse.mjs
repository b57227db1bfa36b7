#!/usr/bin/env node
// Live notification connections (issue 12, "Measured in bench/"): holds BENCH_SSE_CONNECTIONS
// (2,000) server-sent-event streams open on one node, records the server's memory before and
// after (RSS and, with jcmd, heap used after a full GC) to give the memory per connection, then
// posts replies to a topic every connected member follows and measures the time from each POST
// to its event arriving on every stream (p50/p95/p99/max).
//
//   bench/sse.mjs            against a running server with the data of bench/generate.sh
//
// Members: BENCH_SSE_MEMBERS (default 200) generated members (bench-N@…, password
// "bench-password-2026") are signed in and share the connections (each member's notification is
// pushed to all of its open streams, as to a member with several tabs). With BENCH_SSE_MEMBERS
// equal to BENCH_SSE_CONNECTIONS every connection is a distinct follower (2,000 Argon2id
// sign-ins: minutes on two cores). The followers follow a fresh topic, inserted with the mariadb
// client (the follow API would do the same one row at a time).
//
// Environment: BENCH_BASE (http://127.0.0.1:18182), BENCH_SERVER_PID (for memory; without it
// memory is not recorded), BENCH_SSE_CONNECTIONS (2000), BENCH_SSE_MEMBERS (200),
// BENCH_SSE_REPLIES (5), BENCH_SSE_HOLD (seconds to hold before measuring memory, 10),
// BENCH_DB (helsebro_bench), BENCH_DB_HOST/PORT/USER/PASSWORD as for bench/load.sh.
// Prints one RESULT line. Not part of bench/load.sh's default list; the lead runs it on a quiet
// machine (see bench/results/live-notifications.md).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';

const base = new URL(process.env.BENCH_BASE ?? 'http://127.0.0.1:18182');
const connections = Number(process.env.BENCH_SSE_CONNECTIONS ?? 2000);
const memberCount = Math.min(connections, Number(process.env.BENCH_SSE_MEMBERS ?? 200));
const replies = Number(process.env.BENCH_SSE_REPLIES ?? 5);
const holdSeconds = Number(process.env.BENCH_SSE_HOLD ?? 10);
const serverPid = process.env.BENCH_SERVER_PID;
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

function sql(query) {
  const args = ['-h', process.env.BENCH_DB_HOST ?? '127.0.0.1', '-P', process.env.BENCH_DB_PORT ?? '3306',
    '-u', process.env.BENCH_DB_USER ?? 'root', '-N', '-B', process.env.BENCH_DB ?? 'helsebro_bench', '-e', query];
  if (process.env.BENCH_DB_PASSWORD) args.splice(6, 0, `-p${process.env.BENCH_DB_PASSWORD}`);
  return execFileSync('mariadb', args, { encoding: 'utf8' }).trim();
}

function request(method, path, { token, body, headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      new URL(path, base),
      {
        method,
        agent,
        headers: {
          'X-Helsebro-Csrf': '1',
          ...(data ? { 'Content-Type': 'application/json' } : {}),
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
      },
      (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () =>
          res.statusCode >= 400
            ? reject(new Error(`${method} ${path}: ${res.statusCode} ${text.slice(0, 200)}`))
            : resolve(text ? JSON.parse(text) : null),
        );
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

const signIn = async (email) =>
  (await request('POST', '/api/v1/auth/sign-in', { body: { email, password: 'bench-password-2026' } }))
    .accessToken;

/** Opens one stream; calls onEvent(id) for each notification event. Resolves once it is open. */
function openStream(token, onEvent) {
  return request('POST', '/api/v1/notifications/stream-tickets', { token, body: {} }).then(
    ({ ticket }) =>
      new Promise((resolve, reject) => {
        const req = http.get(
          new URL(`/api/v1/notifications/stream?ticket=${encodeURIComponent(ticket)}`, base),
          { headers: { Accept: 'text/event-stream' } },
          (res) => {
            if (res.statusCode !== 200) return reject(new Error(`stream: ${res.statusCode}`));
            res.setEncoding('utf8');
            let buffer = '';
            res.on('data', (chunk) => {
              buffer += chunk;
              let end;
              while ((end = buffer.indexOf('\n\n')) >= 0) {
                const block = buffer.slice(0, end);
                buffer = buffer.slice(end + 2);
                if (/^event: ?notification$/m.test(block)) onEvent(performance.now());
              }
            });
            resolve(req);
          },
        );
        req.on('error', reject);
      }),
  );
}

function memory() {
  if (!serverPid) return null;
  const rss = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${serverPid}/status`, 'utf8'))[1]);
  let heap = null;
  try {
    execFileSync('jcmd', [serverPid, 'GC.run'], { stdio: 'ignore' });
    const info = execFileSync('jcmd', [serverPid, 'GC.heap_info'], { encoding: 'utf8' });
    const used = /used (\d+)K/.exec(info);
    heap = used ? Number(used[1]) : null;
  } catch {
    // No jcmd (a JRE) or another user's JVM: RSS only.
  }
  return { rssKb: rss, heapKb: heap };
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

const emails = sql(
  `SELECT email FROM members WHERE email LIKE 'bench-%' AND status = 'ACTIVE' ORDER BY id LIMIT ${memberCount + 1}`,
).split('\n');
if (emails.length < memberCount + 1) throw new Error(`need ${memberCount + 1} generated members`);
const [writerEmail, ...followerEmails] = emails;
const category = sql('SELECT id FROM forum_categories WHERE archived = 0 ORDER BY id LIMIT 1');

const started = performance.now();
const writer = await signIn(writerEmail);
const tokens = [];
for (let i = 0; i < followerEmails.length; i += 8) {
  tokens.push(...(await Promise.all(followerEmails.slice(i, i + 8).map(signIn))));
}
const signInSeconds = (performance.now() - started) / 1000;

const topic = await request('POST', '/api/v1/topics', {
  token: writer,
  headers: { 'Idempotency-Key': `bench-sse-${Date.now()}` },
  body: { categoryId: Number(category), kind: 'DISCUSSION', title: `Benk: direktevarsler ${Date.now()}`, body: 'Måling av direktevarsler.' },
});
const topicId = topic.topicId ?? topic.id;
const ids = sql(
  `SELECT id FROM members WHERE email IN (${followerEmails.map((e) => `'${e}'`).join(',')})`,
).split('\n');
sql(`INSERT IGNORE INTO forum_topic_follows (member_id, topic_id) VALUES ${ids.map((id) => `(${id}, ${topicId})`).join(',')}`);

const before = memory();
const arrivals = []; // per reply: arrival times
let current = -1;
const streams = [];
for (let i = 0; i < connections; i += 50) {
  const batch = [];
  for (let j = i; j < Math.min(connections, i + 50); j++) {
    batch.push(openStream(tokens[j % tokens.length], (t) => current >= 0 && arrivals[current].push(t)));
  }
  streams.push(...(await Promise.all(batch)));
}
await new Promise((r) => setTimeout(r, holdSeconds * 1000));
const after = memory();

const latencies = [];
let missing = 0;
for (let r = 0; r < replies; r++) {
  arrivals.push([]);
  current = r;
  const t0 = performance.now();
  await request('POST', `/api/v1/topics/${topicId}/posts`, {
    token: writer,
    headers: { 'Idempotency-Key': `bench-sse-${Date.now()}-${r}` },
    body: { body: `Svar ${r + 1} til målingen.` },
  });
  const deadline = t0 + 10_000;
  while (arrivals[r].length < connections && performance.now() < deadline) {
    await new Promise((res) => setTimeout(res, 10));
  }
  missing += connections - arrivals[r].length;
  latencies.push(...arrivals[r].map((t) => t - t0));
  await new Promise((res) => setTimeout(res, 500));
}
streams.forEach((s) => s.destroy());
agent.destroy();

latencies.sort((a, b) => a - b);
const perConnection =
  before && after
    ? `rss_per_conn_kb=${((after.rssKb - before.rssKb) / connections).toFixed(1)}` +
      (before.heapKb != null && after.heapKb != null
        ? ` heap_per_conn_kb=${((after.heapKb - before.heapKb) / connections).toFixed(1)}`
        : '') +
      ` rss_before_mb=${(before.rssKb / 1024).toFixed(0)} rss_after_mb=${(after.rssKb / 1024).toFixed(0)}`
    : 'memory=not-recorded(set BENCH_SERVER_PID)';
const f = (ms) => (ms == null ? 'n/a' : ms.toFixed(0));
console.log(
  `RESULT sse connections=${connections} members=${memberCount} replies=${replies}` +
    ` delivered=${latencies.length} missing=${missing}` +
    ` p50_ms=${f(pct(latencies, 50))} p95_ms=${f(pct(latencies, 95))} p99_ms=${f(pct(latencies, 99))}` +
    ` max_ms=${f(latencies[latencies.length - 1])} ${perConnection}` +
    ` signin_s=${signInSeconds.toFixed(1)} load1=${fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}`,
);
