import { Button } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useForumAction } from '../api/topics';
import { useFollowedTags, useTagByName } from '../api/writing';

/** Space between the chip and its menu, and between the menu and the window's edges (px). */
const gap = 8;

/**
 * Puts an open menu under its chip, its start edge at the chip's, moved in so that it stays inside
 * the window (a 360 px phone), and no wider than the window. The menu is in the top layer, where
 * the browser places it against the window, not the page: the frame loop below moves it when the
 * page scrolls.
 */
function placeUnder(menu: HTMLElement, trigger: HTMLElement) {
  const width = document.documentElement.clientWidth;
  menu.style.maxWidth = `${width - 2 * gap}px`;
  const chip = trigger.getBoundingClientRect();
  const x = Math.max(gap, Math.min(chip.left, width - gap - menu.offsetWidth));
  menu.style.translate = `${Math.round(x)}px ${Math.round(chip.bottom + gap)}px`;
}

/**
 * A tag on a topic page: a small menu to show the topics with the tag or to follow it (issue 12).
 * The menu is a popover after its button (Tab reaches its items, Escape or a click elsewhere
 * closes it and Escape returns the focus); the tag is looked up only when the menu opens. After a
 * change the item keeps the focus and its new label, and the line above it says the new state (a
 * live region).
 *
 * It is the browser's own popover (`popover="auto"` and the button's `popovertarget`) with the
 * dropdown's Designsystemet classes, placed by a few lines here: Designsystemet's React Dropdown
 * would bring its web-component code (~28 KB gzip, with polyfills this browser does not need)
 * into the topic page's first load, where it made the main thread busy before the posts showed.
 */
export function TagMenu({ name }: { name: string }) {
  const { t } = useTranslation('forum');
  const [open, setOpen] = useState(false);
  const id = useId();
  const menu = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const element = menu.current;
    if (!element) return;
    const onBeforeToggle = (event: Event) => {
      if ((event as ToggleEvent).newState === 'open' && trigger.current)
        placeUnder(element, trigger.current);
    };
    const onToggle = (event: Event) => {
      const opened = (event as ToggleEvent).newState === 'open';
      setOpen(opened);
      // Now that it has its size: keep it inside the window.
      if (opened && trigger.current) placeUnder(element, trigger.current);
    };
    element.addEventListener('beforetoggle', onBeforeToggle);
    element.addEventListener('toggle', onToggle);
    return () => {
      element.removeEventListener('beforetoggle', onBeforeToggle);
      element.removeEventListener('toggle', onToggle);
    };
  }, []);

  // While it is open it follows its chip when the page moves under it (scrolling, the window's
  // size, content above the chip that comes in later): one measurement a frame, only while open.
  useEffect(() => {
    if (!open) return;
    let frame = 0;
    let last = '';
    const follow = () => {
      const chip = trigger.current?.getBoundingClientRect();
      const where = chip ? `${chip.left},${chip.bottom},${window.innerWidth}` : '';
      if (where !== last && menu.current && trigger.current) {
        last = where;
        placeUnder(menu.current, trigger.current);
      }
      frame = window.requestAnimationFrame(follow);
    };
    frame = window.requestAnimationFrame(follow);
    return () => window.cancelAnimationFrame(frame);
  }, [open]);

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
        {open ? <TagMenuState name={name} /> : null}
        <ul>
          <li>
            <Button asChild variant="tertiary">
              <Link to={`/forum?tag=${encodeURIComponent(name)}`}>
                {t('follow.tagTopics', { tag: name })}
              </Link>
            </Button>
          </li>
          {open ? <FollowTagItem name={name} /> : null}
        </ul>
      </div>
    </>
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
    <li>
      <Button
        variant="tertiary"
        onClick={() => {
          if (action.isPending) return;
          action.mutate({
            method: state.following ? 'delete' : 'put',
            path: `/tags/${state.id}/following`,
          });
        }}
      >
        {state.following ? t('follow.tagStop', { tag: name }) : t('follow.tagOff', { tag: name })}
      </Button>
    </li>
  );
}
