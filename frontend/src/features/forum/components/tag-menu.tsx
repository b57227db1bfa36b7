import { Dropdown } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useForumAction } from '../api/topics';
import { useFollowedTags, useTagByName } from '../api/writing';

/**
 * A tag on a topic page: a small menu to show the topics with the tag or to follow it (issue 12).
 * The menu is a popover after its button (Tab reaches its items, Escape closes it and returns
 * the focus); the tag is looked up only when the menu opens. After a change the item keeps the
 * focus and its new label, and the line above it says the new state (a live region).
 */
export function TagMenu({ name }: { name: string }) {
  const { t } = useTranslation('forum');
  const [open, setOpen] = useState(false);
  return (
    <Dropdown.TriggerContext>
      <Dropdown.Trigger
        variant="tertiary"
        data-size="sm"
        className="hb-tag-trigger"
        aria-label={t('follow.tagMenu', { tag: name })}
      >
        #{name}
      </Dropdown.Trigger>
      <Dropdown
        placement="bottom-start"
        open={open}
        onOpen={() => setOpen(true)}
        onClose={() => setOpen(false)}
      >
        {open ? <TagMenuState name={name} /> : null}
        <Dropdown.List>
          <Dropdown.Item>
            <Dropdown.Button asChild>
              <Link to={`/forum?tag=${encodeURIComponent(name)}`}>
                {t('follow.tagTopics', { tag: name })}
              </Link>
            </Dropdown.Button>
          </Dropdown.Item>
          {open ? <FollowTagItem name={name} /> : null}
        </Dropdown.List>
      </Dropdown>
    </Dropdown.TriggerContext>
  );
}

function useTagFollowing(name: string) {
  const tag = useTagByName(name);
  const followed = useFollowedTags();
  if (!tag.data || !followed.data) return null;
  const id = tag.data.id;
  return { id, following: followed.data.some((f) => f.id === id) };
}

function TagMenuState({ name }: { name: string }) {
  const { t } = useTranslation('forum');
  const state = useTagFollowing(name);
  return (
    <p role="status" className="hb-tag-menu__state">
      {state == null
        ? ''
        : state.following
          ? t('follow.tagIsFollowed', { tag: name })
          : t('follow.tagIsNotFollowed', { tag: name })}
    </p>
  );
}

function FollowTagItem({ name }: { name: string }) {
  const { t } = useTranslation('forum');
  const state = useTagFollowing(name);
  const action = useForumAction();
  if (state == null) return null;
  return (
    <Dropdown.Item>
      <Dropdown.Button
        onClick={() => {
          if (action.isPending) return;
          action.mutate({
            method: state.following ? 'delete' : 'put',
            path: `/tags/${state.id}/following`,
          });
        }}
      >
        {state.following ? t('follow.tagStop', { tag: name }) : t('follow.tagOff', { tag: name })}
      </Dropdown.Button>
    </Dropdown.Item>
  );
}
