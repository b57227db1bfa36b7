import '../forum.css';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { Pager } from '@/components/ui/pager';
import { PartBoundary } from '@/components/ui/part-boundary';
import { RelatedTopicsSlot } from '@/components/ui/slots';
import { useAfterMainContent } from '@/lib/use-after-main-content';
import { useDeferredQuery } from '@/lib/use-deferred-query';
import { useSession } from '@/lib/session';
import { useDocumentTitle } from '@/lib/use-document-title';
import { topicPageArgs } from '../api/topic-query';
import { fetchPostSource, useTopicPage } from '../api/topics';
import { KeptCopyNote } from '../components/kept-copy-note';
import { PostCard } from '../components/post-card';
import type { ReplyComposerHandle } from '../components/reply-composer';
import { TopicActions } from '../components/topic/topic-actions';
import { TopicHeader } from '../components/topic/topic-header';
import { TopicLoadError, TopicNotices, TopicSkeleton } from '../components/topic/topic-states';

// What a reader does not need to read the posts comes after them, in chunks of its own: the reply
// form (the form and schema libraries, drafts, the outbox), a story's follow-ups and the
// coordinators' actions. On a slow phone the page's code is on the way to its first paint, and
// these were two thirds of it (docs/performance.md, issue 14).
const ReplyComposer = lazy(() =>
  import('../components/reply-composer').then((m) => ({ default: m.ReplyComposer })),
);
const FollowUps = lazy(() =>
  import('../components/topic/follow-ups').then((m) => ({ default: m.FollowUps })),
);
const CoordinatorActions = lazy(() =>
  import('../components/coordinator-actions').then((m) => ({ default: m.CoordinatorActions })),
);

export function TopicPage() {
  const { t } = useTranslation('forum');
  const { id: rawId = '' } = useParams();
  const id = Number(rawId);
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const { post, page } = topicPageArgs(params);
  const query = useDeferredQuery(useTopicPage(id, page, post));
  const { member } = useSession();
  // The reply form's code (the form library, validation: most of the page's code) comes once the
  // posts are drawn, so on a slow phone it does not compete with them; at once when asked for.
  const [composerAsked, setComposerAsked] = useState(false);
  // Deferred: while its code loads, the place drawn before stays (the same element), no fallback.
  const composerShown = useDeferredValue(useAfterMainContent(true) || composerAsked);
  const composer = useRef<ReplyComposerHandle | null>(null);
  // "Reply" or "Quote" pressed before the reply form's code has come: done when it comes.
  const pending = useRef<((c: ReplyComposerHandle) => void) | null>(null);
  const withComposer = (act: (c: ReplyComposerHandle) => void) => {
    if (composer.current) act(composer.current);
    else {
      pending.current = act;
      setComposerAsked(true);
    }
  };
  const composerRef = useCallback((c: ReplyComposerHandle | null) => {
    composer.current = c;
    if (c && pending.current) {
      pending.current(c);
      pending.current = null;
    }
  }, []);
  const data = query.data;
  useDocumentTitle(data?.topic.title ?? t('topic.loadingTitle'));

  // A deep link lands on its post: scroll to it and move focus there.
  useEffect(() => {
    if (!data || post == null) return;
    const el = document.getElementById(`p${post}`);
    if (el) {
      el.scrollIntoView({ block: 'start' });
      el.focus({ preventScroll: true });
    }
  }, [data, post]);

  if (!Number.isFinite(id)) return <Navigate to="/forum" replace />;
  if (query.isLoading) return <TopicSkeleton />;
  if (query.isError || !data) return <TopicLoadError error={query.error} />;
  if (data.topic.mergedIntoId)
    return <Navigate to={`/forum/t/${data.topic.mergedIntoId}`} replace />;

  const topic = data.topic;
  const composerPlace = <div className="hb-card hb-composer-place" aria-hidden="true" />;
  const goToPage = (p: number) => {
    const next = new URLSearchParams();
    if (p > 0) next.set('page', String(p + 1));
    setParams(next);
    window.scrollTo({ top: 0 });
  };
  const coordinator = member?.roles.includes('COORDINATOR') ?? false;
  // The member who may reply here: coordinators may still write in a locked or closed topic.
  const writer = (!topic.locked && !topic.closedAt) || coordinator ? member : null;

  return (
    <div className="hb-columns">
      <article className="hb-stack" aria-labelledby="hb-topic-title">
        <TopicHeader topic={topic} />
        {data.savedAt ? <KeptCopyNote savedAt={data.savedAt} /> : null}
        <TopicNotices data={data} />
        <div className="hb-posts">
          {data.posts.map((p) => (
            <PostCard
              key={p.id}
              post={p}
              topic={topic}
              isNew={
                data.lastReadPostNumber != null &&
                p.postNumber > data.lastReadPostNumber &&
                p.author?.id !== member?.id
              }
              onReply={(x) => withComposer((c) => c.replyTo(x))}
              onQuote={(x) =>
                void fetchPostSource(x.id).then((s) => withComposer((c) => c.quote(x, s.body)))
              }
            />
          ))}
        </div>
        <Pager page={data.page} totalPages={data.totalPages} onPage={goToPage} />
        {/* Below the posts: nothing above them moves when these come. The composer's place is
            kept while its code loads: on a phone the aside comes after it, and on a short topic
            it was on screen and jumped down when the composer came (first-load.spec.ts). */}
        <PartBoundary
          failed={
            <div className="hb-card" role="status">
              <Paragraph>{t('composer.unavailable')}</Paragraph>
              <Button variant="secondary" onClick={() => window.location.reload()}>
                {t('composer.reload')}
              </Button>
            </div>
          }
        >
          <Suspense fallback={writer ? composerPlace : null}>
            {topic.kind === 'STORY' ? (
              <FollowUps data={data} isAuthor={topic.author?.id === member?.id} />
            ) : null}
            {writer ? (
              composerShown ? (
                <ReplyComposer
                  ref={composerRef}
                  topicId={topic.id}
                  memberId={writer.id}
                  onPosted={(c) => navigate(`/forum/t/${topic.id}?post=${c.postNumber}`)}
                />
              ) : (
                composerPlace
              )
            ) : null}
          </Suspense>
        </PartBoundary>
        {/* Below the posts, with texts of its own: it does not hold up the topic while they load. */}
        <Suspense fallback={null}>
          <RelatedTopicsSlot topicId={topic.id} />
        </Suspense>
      </article>
      <aside className="hb-stack" aria-label={t('topic.aside')}>
        <TopicActions topic={topic} />
        {coordinator ? (
          <Suspense fallback={null}>
            <CoordinatorActions topic={topic} />
          </Suspense>
        ) : null}
      </aside>
    </div>
  );
}
