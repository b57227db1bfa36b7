import { Button } from '@digdir/designsystemet-react';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAnchoredPopover } from '@/components/ui/anchored-popover';
import { useToggle } from '../api/topics';
import { useTagFollowing } from '../api/writing';
import { ToggleProblemAlert } from './toggle-problem';

/**
 * A tag on a topic page: a small menu to show the topics with the tag or to follow it (issue 12).
 * The menu is a popover after its button (Tab reaches its items, Escape or a click elsewhere
 * closes it and Escape returns the focus); the tag is looked up only when the menu opens. After a
 * change the item keeps the focus and its new label, and the line above it says the new state (a
 * live region).
 *
 * It is the browser's own popover with the dropdown's Designsystemet classes
 * (`useAnchoredPopover`), not Designsystemet's React Dropdown, whose web-component code made the
 * main thread busy before the posts showed.
 */
export function TagMenu({ name }: { name: string }) {
  const { t } = useTranslation('forum');
  const id = useId();
  const { menu, trigger, open } = useAnchoredPopover<HTMLButtonElement>('start');

  return (
    <>
      <Button
        ref={trigger}
        variant="tertiary"
        data-size="sm"
        className="hb-tag-trigger"
        aria-label={t('follow.tagMenu', { tag: name })}
        popoverTarget={id}
      >
        #{name}
      </Button>
      <div ref={menu} id={id} popover="auto" className="ds-dropdown" data-placement="bottom-start">
        {open ? <TagMenuFollow name={name} /> : <TagMenuItems name={name} />}
      </div>
    </>
  );
}

function TagMenuItems({ name, follow }: { name: string; follow?: ReactNode }) {
  const { t } = useTranslation('forum');
  return (
    <ul>
      <li>
        <Button asChild variant="tertiary">
          <Link to={`/forum?tag=${encodeURIComponent(name)}`}>
            {t('follow.tagTopics', { tag: name })}
          </Link>
        </Button>
      </li>
      {follow}
    </ul>
  );
}

/**
 * The open menu: the tag's state (a live region) and the item that changes it. One component
 * before and after the tag is known, so the live region is the same element and says the state
 * when it is known and after every change.
 */
function TagMenuFollow({ name }: { name: string }) {
  const { t } = useTranslation('forum');
  const tag = useTagFollowing(name);
  const toggle = useToggle(tag && `/tags/${tag.id}/following`, tag?.following ?? false);
  return (
    <>
      <p role="status" className="hb-tag-menu__state">
        {!tag
          ? ''
          : toggle.on
            ? t('follow.tagIsFollowed', { tag: name })
            : t('follow.tagIsNotFollowed', { tag: name })}
      </p>
      <ToggleProblemAlert toggles={[toggle]} />
      <TagMenuItems
        name={name}
        follow={
          tag ? (
            <li>
              <Button variant="tertiary" onClick={toggle.toggle}>
                {toggle.on ? t('follow.tagStop', { tag: name }) : t('follow.tagOff', { tag: name })}
              </Button>
            </li>
          ) : null
        }
      />
    </>
  );
}
