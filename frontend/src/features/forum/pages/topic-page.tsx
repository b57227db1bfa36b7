import '../forum.css';
import {
  Alert,
  Button,
  Heading,
  Link as DsLink,
  Paragraph,
  Skeleton,
} from '@digdir/designsystemet-react';
import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { RelatedTopicsSlot } from '@/components/ui/slots';
import { api, ApiError, NetworkError, newIdempotencyKey } from '@/lib/api-client';
import { formatDate, formatNumber } from '@/lib/format';
import { useSession } from '@/lib/session';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useLanguage } from '@/lib/use-language';
import { topicPageArgs } from '../api/topic-query';
import { postFollowUp, useForumAction, useInvalidateForum, useTopicPage } from '../api/topics';
import type { PostSource, TopicView } from '../api/types';
import { KindTag, SolvedTag } from '../components/badges';
import { CoordinatorActions } from '../components/coordinator-actions';
import { KeptCopyNote } from '../components/kept-copy-note';
import { MarkdownField } from '../components/markdown-field';
import { PostCard } from '../components/post-card';
import { toFormProblem, type FormProblem } from '../components/problems';
import { ReplyComposer, type ReplyComposerHandle } from '../components/reply-composer';
import { TagMenu } from '../components/tag-menu';
import { UserContent } from '../components/user-content';

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
  if (query.isLoading) {
    return (
      <div className="hb-stack" aria-busy="true">
        <span className="hb-visually-hidden" role="status">
          {t('topic.loadingTitle')}
        </span>
        <Skeleton variant="text" width={30} data-size="lg" />
        <Skeleton variant="rectangle" height="10rem" />
        <Skeleton variant="rectangle" height="6rem" />
      </div>
    );
  }
  if (query.isError || !data) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    const offline = query.error instanceof NetworkError && !navigator.onLine;
    return (
      <article className="hb-stack">
        <Heading level={1} data-size="lg">
          {notFound ? t('topic.notFound') : offline ? t('kept.notKept') : t('topic.error')}
        </Heading>
        <Paragraph>
          {notFound
            ? t('topic.notFoundBody')
            : offline
              ? t('kept.notKeptBody')
              : t('topic.errorBody')}
        </Paragraph>
        <div>
          <Link to="/forum" className="ds-link">
            {t('topic.backToForum')}
          </Link>
        </div>
      </article>
    );
  }
  if (data.topic.mergedIntoId)
    return <Navigate to={`/forum/t/${data.topic.mergedIntoId}`} replace />;

  const topic = data.topic;
  const goToPage = (p: number) => {
    const next = new URLSearchParams();
    if (p > 0) next.set('page', String(p + 1));
    setParams(next);
    window.scrollTo({ top: 0 });
  };
  const canReply = member != null && !topic.locked && !topic.closedAt;
  const coordinator = member?.roles.includes('COORDINATOR') ?? false;

  return (
    <div className="hb-columns">
      <article className="hb-stack" aria-labelledby="hb-topic-title">
        <TopicHeader topic={topic} />
        {data.savedAt ? <KeptCopyNote savedAt={data.savedAt} /> : null}
        {topic.closedAt ? (
          <Alert data-color="info" data-size="sm">
            {t('topic.closedBecause', { reason: topic.closedReason ?? '' })}
          </Alert>
        ) : topic.locked ? (
          <Alert data-color="info" data-size="sm">
            {t('topic.lockedExplain')}
          </Alert>
        ) : null}
        {!topic.visible ? (
          <Alert data-color="warning" data-size="sm">
            {t('topic.hiddenExplain')}
          </Alert>
        ) : null}
        {data.firstNewPostNumber != null && data.newPostCount > 0 ? (
          <Paragraph data-size="sm">
            <Link to={`/forum/t/${topic.id}?post=${data.firstNewPostNumber}`} className="ds-link">
              {t('topic.newSince', { count: data.newPostCount })}
            </Link>
          </Paragraph>
        ) : null}
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
                void api
                  .get<PostSource>(`/posts/${x.id}`)
                  .then((s) => composer.current?.quote(x, s.body))
              }
            />
          ))}
        </div>
        {data.totalPages > 1 ? (
          <nav className="hb-pager" aria-label={t('list.pages')}>
            <Button
              variant="secondary"
              disabled={data.page <= 0}
              onClick={() => goToPage(data.page - 1)}
            >
              {t('list.previous')}
            </Button>
            <span>{t('topic.pageOf', { page: data.page + 1, pages: data.totalPages })}</span>
            <Button
              variant="secondary"
              disabled={data.page >= data.totalPages - 1}
              onClick={() => goToPage(data.page + 1)}
            >
              {t('list.next')}
            </Button>
          </nav>
        ) : null}
        {topic.kind === 'STORY' ? (
          <FollowUps data={data} isAuthor={topic.author?.id === member?.id} />
        ) : null}
        {canReply && member ? (
          <ReplyComposer
            ref={composer}
            topicId={topic.id}
            memberId={member.id}
            onPosted={(c) => navigate(`/forum/t/${topic.id}?post=${c.postNumber}`)}
          />
        ) : null}
        {!canReply && coordinator && member ? (
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

function TopicHeader({ topic }: { topic: TopicView }) {
  const { t } = useTranslation('forum');
  const { language } = useLanguage();
  const name = (x: { nameNb: string; nameEn: string }) => (language === 'en' ? x.nameEn : x.nameNb);
  return (
    <header className="hb-stack hb-topic-head">
      <div className="hb-topic-row__tags">
        <KindTag kind={topic.kind} />
        {topic.solved ? <SolvedTag /> : null}
        {topic.pinned ? <span className="hb-flag">{t('topic.pinned')}</span> : null}
      </div>
      <Heading level={1} data-size="lg" id="hb-topic-title">
        {topic.title}
      </Heading>
      <Paragraph data-size="sm" className="hb-muted">
        <Link to={`/forum/c/${topic.category.slug}`} className="ds-link">
          {name(topic.category)}
        </Link>
        {' · '}
        {t('topic.started', {
          who: topic.author?.displayName ?? t('post.unknownAuthor'),
          when: formatDate(topic.createdAt, language),
        })}
        {topic.solved && topic.acceptedPostNumber ? (
          <>
            {' · '}
            <Link to={`/forum/t/${topic.id}?post=${topic.acceptedPostNumber}`} className="ds-link">
              {t('topic.goToAnswer')}
            </Link>
          </>
        ) : null}
      </Paragraph>
      <dl className="hb-facts">
        {topic.systems.length ? (
          <>
            <dt>{t('facts.systems')}</dt>
            <dd>{topic.systems.map(name).join(', ')}</dd>
          </>
        ) : null}
        {topic.workplaceType ? (
          <>
            <dt>{t('facts.workplaceType')}</dt>
            <dd>{name(topic.workplaceType)}</dd>
          </>
        ) : null}
        {topic.orgSize ? (
          <>
            <dt>{t('facts.orgSize')}</dt>
            <dd>{t(`orgSize.${topic.orgSize}`)}</dd>
          </>
        ) : null}
        {topic.duration ? (
          <>
            <dt>{t('facts.duration')}</dt>
            <dd>{t(`duration.${topic.duration}`)}</dd>
          </>
        ) : null}
        {topic.trainingFormat ? (
          <>
            <dt>{t('facts.format')}</dt>
            <dd>{t(`format.${topic.trainingFormat}`)}</dd>
          </>
        ) : null}
        {topic.audiences.length ? (
          <>
            <dt>{t('facts.audiences')}</dt>
            <dd>{topic.audiences.map(name).join(', ')}</dd>
          </>
        ) : null}
      </dl>
      {topic.linkUrl ? (
        <Paragraph>
          <DsLink href={topic.linkUrl} rel="nofollow noopener noreferrer" className="hb-break">
            {t('facts.openResource')}: {topic.linkUrl}
          </DsLink>
        </Paragraph>
      ) : null}
      {topic.tags.length ? (
        <ul className="hb-tag-list" aria-label={t('topic.tags')}>
          {topic.tags.map((tag) => (
            <li key={tag}>
              <TagMenu name={tag} />
            </li>
          ))}
        </ul>
      ) : null}
    </header>
  );
}

function TopicActions({ topic }: { topic: TopicView }) {
  const { t } = useTranslation('forum');
  const { language } = useLanguage();
  const { member } = useSession();
  const action = useForumAction();
  const own = topic.author?.id === member?.id;
  return (
    <div className="hb-card hb-stack">
      <Button
        variant="secondary"
        aria-pressed={topic.following}
        onClick={() =>
          action.mutate({
            method: topic.following ? 'delete' : 'put',
            path: `/topics/${topic.id}/following`,
          })
        }
      >
        {topic.following ? t('follow.topicOn') : t('follow.topicOff')}
      </Button>
      <Button
        variant="secondary"
        aria-pressed={topic.bookmarked}
        onClick={() =>
          action.mutate({
            method: topic.bookmarked ? 'delete' : 'put',
            path: `/topics/${topic.id}/bookmark`,
          })
        }
      >
        {topic.bookmarked ? t('bookmarks.on') : t('bookmarks.off')}
      </Button>
      {topic.kind === 'TRAINING' ? (
        <>
          <Paragraph data-size="sm">
            {t('training.usedCount', {
              count: topic.usedCount,
              n: formatNumber(topic.usedCount, language),
            })}
          </Paragraph>
          {!own ? (
            <Button
              aria-pressed={topic.usedByMe}
              onClick={() =>
                action.mutate({
                  method: topic.usedByMe ? 'delete' : 'put',
                  path: `/topics/${topic.id}/uses`,
                })
              }
            >
              {topic.usedByMe ? t('training.usedByMe') : t('training.iUsedThis')}
            </Button>
          ) : null}
        </>
      ) : null}
      <Paragraph data-size="sm" className="hb-muted">
        {t('topic.statsReplies', { count: topic.replyCount })} ·{' '}
        {t('topic.statsHelpful', { count: topic.helpfulCount })}
      </Paragraph>
    </div>
  );
}

function FollowUps({
  data,
  isAuthor,
}: {
  data: { topic: TopicView; followUps: { id: number; bodyHtml: string; createdAt: string }[] };
  isAuthor: boolean;
}) {
  const { t } = useTranslation('forum');
  const { language } = useLanguage();
  const invalidate = useInvalidateForum();
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const key = useRef<string | null>(null);
  const submit = async () => {
    key.current ??= newIdempotencyKey();
    try {
      await postFollowUp(data.topic.id, body, key.current);
      key.current = null;
      setBody('');
      setProblem(null);
      await invalidate();
    } catch (e) {
      setProblem(toFormProblem(e, t));
    }
  };
  return (
    <section className="hb-stack hb-followups" aria-labelledby="hb-fu-h">
      <Heading level={2} data-size="xs" id="hb-fu-h">
        {t('followUps.title')}
      </Heading>
      {data.followUps.length === 0 ? (
        <Paragraph data-size="sm" className="hb-muted">
          {isAuthor ? t('followUps.emptyAuthor') : t('followUps.empty')}
        </Paragraph>
      ) : (
        <ol className="hb-followup-list">
          {data.followUps.map((f) => (
            <li key={f.id} className="hb-card">
              <Heading level={3} data-size="2xs">
                <time dateTime={f.createdAt}>{formatDate(f.createdAt, language)}</time>
              </Heading>
              <UserContent html={f.bodyHtml} />
            </li>
          ))}
        </ol>
      )}
      {isAuthor ? (
        <form
          className="hb-stack"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <MarkdownField
            label={t('followUps.add')}
            value={body}
            onChange={setBody}
            rows={4}
            error={problem?.fields.body}
            patientData={problem?.patientData?.matches}
          />
          {problem ? (
            <Alert data-color="danger" data-size="sm" role="alert">
              {problem.message}
            </Alert>
          ) : null}
          <div>
            <Button type="submit" variant="secondary">
              {t('followUps.save')}
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
