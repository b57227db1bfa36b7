import '../forum.css';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Skeleton } from '@/components/ui/skeleton';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useLanguage } from '@/lib/use-language';
import { useCategory, useBookmarks, useToggle } from '../api/topics';
import { useFeedToken } from '../api/writing';
import { CategoryNav, ListPage } from '../components/list-page';
import { listDefaults } from '../api/list-query';
import { useListParams } from '../components/list-filters';
import { TopicList } from '../components/topic-list';
import { useState } from 'react';
import { PageTitle } from '@/components/ui/page-title';
import { ToggleProblemAlert } from '../components/toggle-problem';

export function LatestPage() {
  const { t } = useTranslation('forum');
  return (
    <ListPage
      title={t('latest.title')}
      lead={<Paragraph>{t('latest.lead')}</Paragraph>}
      filters={['sort', 'kind', 'solved', 'system']}
      emptyText={t('latest.empty')}
      newHref="/forum/new"
    />
  );
}

export function CategoryPage() {
  const { t } = useTranslation('forum');
  const { language } = useLanguage();
  const { slug = '' } = useParams();
  const category = useCategory(slug);
  const [showFeed, setShowFeed] = useState(false);
  const feed = useFeedToken(showFeed);
  if (category.isLoading) return <Skeleton variant="rectangle" height="8rem" />;
  if (category.isError || !category.data) {
    return (
      <article className="hb-stack">
        <Heading level={1} data-size="lg">
          {t('categories.notFound')}
        </Heading>
        <Paragraph>{t('categories.notFoundBody')}</Paragraph>
      </article>
    );
  }
  const c = category.data;
  const name = language === 'en' ? c.nameEn : c.nameNb;
  const feedUrl = feed.data
    ? `${window.location.origin}/api/v1/categories/${c.slug}/feed?token=${feed.data.token}`
    : null;
  return (
    <ListPage
      key={c.slug}
      title={name}
      lead={<Paragraph>{language === 'en' ? c.descriptionEn : c.descriptionNb}</Paragraph>}
      defaults={{ category: c.slug }}
      filters={['sort', 'kind', 'solved', 'system']}
      emptyText={t('categories.empty')}
      newHref={`/forum/new?category=${c.slug}`}
      aside={
        <div className="hb-card hb-stack">
          <FollowThisCategory id={c.id} following={c.following} />
          <Button variant="tertiary" onClick={() => setShowFeed(true)} aria-expanded={showFeed}>
            {t('feed.show')}
          </Button>
          {showFeed ? (
            feedUrl ? (
              <Paragraph data-size="sm">
                {t('feed.explain')}{' '}
                <a href={feedUrl} className="ds-link hb-break">
                  {feedUrl}
                </a>
              </Paragraph>
            ) : (
              <Skeleton variant="text" />
            )
          ) : null}
        </div>
      }
    />
  );
}

export function QuestionsPage() {
  const { t } = useTranslation('forum');
  return (
    <ListPage
      title={t('questions.title')}
      lead={<Paragraph>{t('questions.lead')}</Paragraph>}
      defaults={listDefaults.questions}
      filters={['unanswered', 'mySystems', 'sort', 'system', 'workplaceType']}
      emptyText={t('questions.empty')}
      newHref="/forum/new?kind=question"
      newLabel={t('actions.ask')}
    />
  );
}

export function StoriesPage() {
  const { t } = useTranslation('forum');
  return (
    <ListPage
      title={t('stories.title')}
      lead={<Paragraph>{t('stories.lead')}</Paragraph>}
      defaults={listDefaults.stories}
      filters={['sort', 'system', 'workplaceType']}
      emptyText={t('stories.empty')}
      newHref="/forum/new?kind=story"
      newLabel={t('actions.newStory')}
    />
  );
}

export function TrainingPage() {
  const { t } = useTranslation('forum');
  return (
    <ListPage
      title={t('training.title')}
      lead={<Paragraph>{t('training.lead')}</Paragraph>}
      defaults={listDefaults.training}
      filters={['sort', 'audience', 'format', 'system']}
      emptyText={t('training.empty')}
      newHref="/forum/new?kind=training"
      newLabel={t('actions.newTraining')}
    />
  );
}

export function BookmarksPage() {
  const { t } = useTranslation('forum');
  const { query, setPage } = useListParams();
  const list = useBookmarks(query.page ?? 0);
  return (
    <div className="hb-columns">
      <section className="hb-stack">
        <PageTitle>{t('bookmarks.title')}</PageTitle>
        <TopicList
          list={list}
          emptyText={t('bookmarks.empty')}
          pager={{ page: query.page ?? 0, onPage: setPage }}
        />
      </section>
      <aside className="hb-stack" aria-label={t('categories.title')}>
        <CategoryNav />
      </aside>
    </div>
  );
}

/** The category page's own follow toggle (its name is the page's heading). */
function FollowThisCategory({ id, following }: { id: number; following: boolean }) {
  const { t } = useTranslation('forum');
  const toggle = useToggle(`/categories/${id}/following`, following);
  return (
    <>
      <Button variant="secondary" aria-pressed={toggle.on} onClick={toggle.toggle}>
        {toggle.on ? t('follow.categoryOn') : t('follow.categoryOff')}
      </Button>
      <ToggleProblemAlert toggles={[toggle]} />
    </>
  );
}
