import '../forum.css';
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { Pager } from '@/components/ui/pager';
import { RelatedTopicsSlot } from '@/components/ui/slots';
import { useSession } from '@/lib/session';
import { useDocumentTitle } from '@/lib/use-document-title';
import { topicPageArgs } from '../api/topic-query';
import { fetchPostSource, useTopicPage } from '../api/topics';
import { CoordinatorActions } from '../components/coordinator-actions';
import { KeptCopyNote } from '../components/kept-copy-note';
import { PostCard } from '../components/post-card';
import { ReplyComposer, type ReplyComposerHandle } from '../components/reply-composer';
import { FollowUps } from '../components/topic/follow-ups';
import { TopicActions } from '../components/topic/topic-actions';
import { TopicHeader } from '../components/topic/topic-header';
import { TopicLoadError, TopicNotices, TopicSkeleton } from '../components/topic/topic-states';

export function TopicPage() {
  const { t } = useTranslation('forum');
  const { id: rawId = '' } = useParams();
  const id = Number(rawId);
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const { post, page } = topicPageArgs(params);
  const query = useTopicPage(id, page, post);
  const { member } = useSession();
  const composer = useRef<ReplyComposerHandle>(null);
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
  const goToPage = (p: number) => {
    const next = new URLSearchParams();
    if (p > 0) next.set('page', String(p + 1));
    setParams(next);
    window.scrollTo({ top: 0 });
  };
  const coordinator = member?.roles.includes('COORDINATOR') ?? false;
  // Coordinators may still write in a locked or closed topic.
  const canWrite = member != null && ((!topic.locked && !topic.closedAt) || coordinator);

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
              onReply={(x) => composer.current?.replyTo(x)}
              onQuote={(x) =>
                void fetchPostSource(x.id).then((s) => composer.current?.quote(x, s.body))
              }
            />
          ))}
        </div>
        <Pager page={data.page} totalPages={data.totalPages} onPage={goToPage} />
        {topic.kind === 'STORY' ? (
          <FollowUps data={data} isAuthor={topic.author?.id === member?.id} />
        ) : null}
        {canWrite && member ? (
          <ReplyComposer
            ref={composer}
            topicId={topic.id}
            memberId={member.id}
            onPosted={(c) => navigate(`/forum/t/${topic.id}?post=${c.postNumber}`)}
          />
        ) : null}
        {/* Below the posts, with texts of its own: it does not hold up the topic while they load. */}
        <Suspense fallback={null}>
          <RelatedTopicsSlot topicId={topic.id} />
        </Suspense>
      </article>
      <aside className="hb-stack" aria-label={t('topic.aside')}>
        <TopicActions topic={topic} />
        {coordinator ? <CoordinatorActions topic={topic} /> : null}
      </aside>
    </div>
  );
}
