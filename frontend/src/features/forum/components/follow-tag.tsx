import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useForumAction } from '../api/topics';
import { useFollowedTags, useTagByName } from '../api/writing';

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
      disabled={action.isPending}
      onClick={() =>
        action.mutate({ method: following ? 'delete' : 'put', path: `/tags/${id}/following` })
      }
    >
      {following
        ? t('follow.tagOn', { tag: tag.data.name })
        : t('follow.tagOff', { tag: tag.data.name })}
    </Button>
  );
}
