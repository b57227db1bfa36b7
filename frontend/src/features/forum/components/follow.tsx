import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/lib/use-language';
import { useCategories, useForumAction } from '../api/topics';
import type { Category } from '../api/types';
import { useFollowedTags, useTagByName } from '../api/writing';

/**
 * Follow buttons (issue 12): a toggle (aria-pressed) whose label says the state. It is never
 * disabled while the change is sent, so the focus stays on it; a second press meanwhile is ignored.
 */

/** Follow or stop following a tag: a new topic with it then notifies the member. */
export function FollowTag({ name }: { name: string }) {
  const { t } = useTranslation('forum');
  const tag = useTagByName(name);
  const followed = useFollowedTags();
  const action = useForumAction();
  if (!tag.data || !followed.data) return null;
  const id = tag.data.id;
  const following = followed.data.some((f) => f.id === id);
  return (
    <Button
      variant="secondary"
      data-size="sm"
      aria-pressed={following}
      onClick={() => {
        if (action.isPending) return;
        action.mutate({ method: following ? 'delete' : 'put', path: `/tags/${id}/following` });
      }}
    >
      {following
        ? t('follow.tagOn', { tag: tag.data.name })
        : t('follow.tagOff', { tag: tag.data.name })}
    </Button>
  );
}

/** Follow or stop following a category by its slug, named in the label (search results). */
export function FollowCategory({ slug }: { slug: string }) {
  const { language } = useLanguage();
  const categories = useCategories();
  const category = categories.data?.find((c) => c.slug === slug);
  if (!category) return null;
  return (
    <CategoryFollowButton
      category={category}
      name={language === 'en' ? category.nameEn : category.nameNb}
    />
  );
}

/**
 * The follow toggle of one category. `compact` shows only "Follow"/"Following" (the category's
 * name is beside it, in the category index) and names the category to assistive technology.
 */
export function CategoryFollowButton({
  category,
  name,
  compact = false,
}: {
  category: Pick<Category, 'id' | 'following'>;
  name: string;
  compact?: boolean;
}) {
  const { t } = useTranslation('forum');
  const action = useForumAction();
  const named = category.following
    ? t('follow.categoryNamedOn', { name })
    : t('follow.categoryNamedOff', { name });
  return (
    <Button
      variant={compact ? 'tertiary' : 'secondary'}
      data-size="sm"
      aria-pressed={category.following}
      aria-label={compact ? named : undefined}
      className={compact ? 'hb-follow-compact' : undefined}
      onClick={() => {
        if (action.isPending) return;
        action.mutate({
          method: category.following ? 'delete' : 'put',
          path: `/categories/${category.id}/following`,
        });
      }}
    >
      {compact ? (category.following ? t('follow.on') : t('follow.off')) : named}
    </Button>
  );
}
