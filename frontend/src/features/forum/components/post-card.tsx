import { Button, Paragraph } from '@digdir/designsystemet-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/ui/live-alert';
import { formatWhen } from '@/lib/format';
import { useSession } from '@/lib/session';
import { useLanguage } from '@/lib/use-language';
import { useForumAction, useToggle } from '../api/topics';
import { storyFieldNames, type PostView, type TopicView } from '../api/types';
import { FlagPost } from './flag-post';
import { useActionProblem } from './problems';
import { DeletePostButton, HidePostButton } from './post-dialogs';
import { Revisions } from './revisions';
import { ToggleProblemAlert } from './toggle-problem';
import { UserContent } from './user-content';

// The editor (the form and schema libraries) comes when a member starts editing (issue 14).
const EditPost = lazy(() => import('./edit-post').then((m) => ({ default: m.EditPost })));

interface Props {
  post: PostView;
  topic: TopicView;
  isNew: boolean;
  onReply: (post: PostView) => void;
  onQuote: (post: PostView) => void;
}

export function PostCard({ post, topic, isNew, onReply, onQuote }: Props) {
  const { t } = useTranslation('forum');
  const { language } = useLanguage();
  const { member } = useSession();
  const action = useForumAction();
  const actionProblem = useActionProblem();
  const helpful = useToggle(`/posts/${post.id}/helpful`, post.markedHelpful);
  const thanked = useToggle(`/posts/${post.id}/thanks`, post.thanked);
  const [editing, setEditing] = useState(false);
  const me = member?.id;
  const coordinator = member?.roles.includes('COORDINATOR') ?? false;
  const own = post.author != null && post.author.id === me;
  const asker = topic.author != null && topic.author.id === me;
  const removed = post.deleted || post.hidden;
  const authorName = post.author?.displayName ?? t('post.unknownAuthor');
  const headingId = `p${post.postNumber}-h`;
  const opening = post.postNumber === 1;

  return (
    <article
      id={`p${post.postNumber}`}
      className={`hb-post${post.accepted ? ' hb-post--accepted' : ''}${removed ? ' hb-post--removed' : ''}`}
      aria-labelledby={headingId}
      tabIndex={-1}
    >
      <header className="hb-post__head">
        <h2 id={headingId} className="hb-post__author">
          {post.author ? (
            <Link to={`/members/${post.author.id}`} className="ds-link">
              {authorName}
            </Link>
          ) : (
            authorName
          )}
          <span className="hb-visually-hidden"> {t('post.number', { n: post.postNumber })}</span>
        </h2>
        <span className="hb-muted">
          <Link to={`/forum/t/${topic.id}?post=${post.postNumber}`} className="hb-post__link">
            #{post.postNumber}
          </Link>{' '}
          · <time dateTime={post.createdAt}>{formatWhen(post.createdAt, language)}</time>
          {post.editedAt ? ` · ${t('post.edited')}` : ''}
        </span>
        {isNew ? <span className="hb-new">{t('post.new')}</span> : null}
        {post.accepted ? <span className="hb-accepted">✓ {t('post.accepted')}</span> : null}
      </header>
      {post.replyTo && !opening ? (
        <Paragraph data-size="sm" className="hb-muted">
          <Link to={`/forum/t/${topic.id}?post=${post.replyTo.postNumber}`} className="ds-link">
            {t('post.replyTo', {
              who: post.replyTo.authorName ?? t('post.unknownAuthor'),
              n: post.replyTo.postNumber,
            })}
          </Link>
        </Paragraph>
      ) : null}
      {removed && !post.bodyHtml ? (
        <Paragraph className="hb-muted">
          {post.deleted ? t('post.deleted') : t('post.hidden')}
        </Paragraph>
      ) : editing ? (
        <Suspense fallback={null}>
          <EditPost
            postId={post.id}
            isStory={topic.kind === 'STORY'}
            onDone={() => setEditing(false)}
          />
        </Suspense>
      ) : (
        <>
          {removed ? (
            <Paragraph data-size="sm" className="hb-muted">
              {post.deleted ? t('post.deletedVisible') : t('post.hiddenVisible')}
            </Paragraph>
          ) : null}
          {opening && post.fieldsHtml
            ? storyFieldNames
                .filter((f) => post.fieldsHtml?.[f])
                .map((f) => (
                  <section key={f} className="hb-story-section" aria-labelledby={`s-${f}`}>
                    <h3 id={`s-${f}`} className="hb-story-section__title">
                      {t(`story.${f}`)}
                    </h3>
                    <UserContent html={post.fieldsHtml?.[f] ?? ''} />
                  </section>
                ))
            : null}
          <UserContent html={post.bodyHtml} />
        </>
      )}
      {!editing ? (
        <footer className="hb-post__actions">
          {!removed && !topic.locked && !topic.closedAt ? (
            <>
              <Button variant="tertiary" data-size="sm" onClick={() => onReply(post)}>
                {t('post.reply')}
              </Button>
              <Button variant="tertiary" data-size="sm" onClick={() => onQuote(post)}>
                {t('post.quote')}
              </Button>
            </>
          ) : null}
          {!removed && !own && !opening ? (
            <Button
              variant="tertiary"
              data-size="sm"
              aria-pressed={helpful.on}
              onClick={helpful.toggle}
            >
              {t('post.helpful', {
                count: post.helpfulCount + shift(helpful.on, post.markedHelpful),
              })}
            </Button>
          ) : !removed && post.helpfulCount > 0 ? (
            <span className="hb-muted hb-count">
              {t('post.helpfulCount', { count: post.helpfulCount })}
            </span>
          ) : null}
          {!removed && !own ? (
            <Button
              variant="tertiary"
              data-size="sm"
              aria-pressed={thanked.on}
              onClick={thanked.toggle}
            >
              {t('post.thanks', { count: post.thanksCount + shift(thanked.on, post.thanked) })}
            </Button>
          ) : !removed && post.thanksCount > 0 ? (
            <span className="hb-muted hb-count">
              {t('post.thanksCount', { count: post.thanksCount })}
            </span>
          ) : null}
          {topic.kind === 'QUESTION' && !opening && !removed && (asker || coordinator) ? (
            <Button
              variant={post.accepted ? 'secondary' : 'tertiary'}
              data-size="sm"
              aria-pressed={post.accepted}
              onClick={() =>
                action.mutate(
                  post.accepted
                    ? { method: 'delete', path: `/topics/${topic.id}/accepted-answer` }
                    : {
                        method: 'put',
                        path: `/topics/${topic.id}/accepted-answer`,
                        body: { postId: post.id },
                      },
                )
              }
            >
              {post.accepted ? t('post.unaccept') : t('post.accept')}
            </Button>
          ) : null}
          {(own && !removed) || coordinator ? (
            <Button variant="tertiary" data-size="sm" onClick={() => setEditing(true)}>
              {t('post.edit')}
            </Button>
          ) : null}
          {!own && !post.deleted && member ? (
            <FlagPost post={post} canFlag={!post.hidden || coordinator} />
          ) : null}
          {own && !post.deleted ? <DeletePostButton post={post} /> : null}
          {coordinator ? (
            removed ? (
              <Button
                variant="tertiary"
                data-size="sm"
                onClick={() => action.mutate({ method: 'post', path: `/posts/${post.id}/restore` })}
              >
                {t('moderation.restore')}
              </Button>
            ) : (
              <HidePostButton post={post} />
            )
          ) : null}
        </footer>
      ) : null}
      <ToggleProblemAlert toggles={[helpful, thanked]} />
      <ProblemAlert call={action} text={actionProblem} size="sm" />
      {post.editedAt && !editing ? <Revisions postId={post.id} /> : null}
    </article>
  );
}

/** How a count moves while a toggle's change is on its way (the server's count comes after). */
function shift(shown: boolean, server: boolean) {
  return shown === server ? 0 : shown ? 1 : -1;
}
