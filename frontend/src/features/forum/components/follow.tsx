import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/lib/use-language';
import { useCategories, useToggle } from '../api/topics';
import type { Category } from '../api/types';
import { useTagFollowing } from '../api/writing';
import { ToggleProblemAlert } from './toggle-problem';

/**
 * Follow buttons (issue 12): a toggle (aria-pressed) whose label says the state. It is never
 * disabled while the change is sent, so the focus stays on it; a second press meanwhile turns it
 * back (`useToggle`).
 */

/** Follow or stop following a tag: a new topic with it then notifies the member. */
export function FollowTag({ name }: { name: string }) {
  const tag = useTagFollowing(name);
  return tag ? <FollowTagButton {...tag} /> : null;
}

function FollowTagButton({
  id,
  name,
  following,
}: {
  id: number;
  name: string;
  following: boolean;
}) {
  const { t } = useTranslation('forum');
  const toggle = useToggle(`/tags/${id}/following`, following);
  return (
    <>
      <Button variant="secondary" data-size="sm" aria-pressed={toggle.on} onClick={toggle.toggle}>
        {toggle.on ? t('follow.tagOn', { tag: name }) : t('follow.tagOff', { tag: name })}
      </Button>
      <ToggleProblemAlert toggles={[toggle]} />
    </>
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
 * The follow toggle of one category, and why a change did not take. `compact` shows only
 * "Follow"/"Following" (the category's name is beside it, in the category index) and names the
 * category to assistive technology.
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
  const toggle = useToggle(`/categories/${category.id}/following`, category.following);
  const named = toggle.on
    ? t('follow.categoryNamedOn', { name })
    : t('follow.categoryNamedOff', { name });
  return (
    <>
      <Button
        variant={compact ? 'tertiary' : 'secondary'}
        data-size="sm"
        aria-pressed={toggle.on}
        aria-label={compact ? named : undefined}
        className={compact ? 'hb-follow-compact' : undefined}
        onClick={toggle.toggle}
      >
        {compact ? (toggle.on ? t('follow.on') : t('follow.off')) : named}
      </Button>
      <ToggleProblemAlert toggles={[toggle]} />
    </>
  );
}
