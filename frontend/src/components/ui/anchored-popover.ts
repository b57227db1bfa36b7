import { useEffect, useRef, useState } from 'react';

/** Space between the trigger and its menu, and between the menu and the window's edges (px). */
const gap = 8;

/**
 * Puts an open menu under its trigger — its start edge at the trigger's (`start`) or its end edge
 * at the trigger's (`end`) — moved in so that it stays inside the window (a 360 px phone), and no
 * wider than the window. The menu is in the top layer, where the browser places it against the
 * window, not the page.
 */
function placeUnder(menu: HTMLElement, trigger: HTMLElement, align: 'start' | 'end') {
  const width = document.documentElement.clientWidth;
  menu.style.maxWidth = `${width - 2 * gap}px`;
  const box = trigger.getBoundingClientRect();
  const wanted = align === 'start' ? box.left : box.right - menu.offsetWidth;
  const x = Math.max(gap, Math.min(wanted, width - gap - menu.offsetWidth));
  menu.style.translate = `${Math.round(x)}px ${Math.round(box.bottom + gap)}px`;
}

/**
 * A menu under a button, as the browser's own popover (`popover="auto"` on the menu, the button's
 * `popoverTarget` its id): Tab reaches its items, Escape or a click elsewhere closes it, and
 * Escape returns the focus to the button. Give the menu the dropdown's Designsystemet classes
 * (`ds-dropdown`). Designsystemet's React `Dropdown` would bring its web-component code (~28 KB
 * gzip, with polyfills the browsers Helsebro supports do not need) into the page's first load,
 * where it kept the main thread busy (ADR 0022).
 *
 * Returns the refs for the menu and its button, whether it is open (render costly items only
 * then), and `close` for items that act without leaving the page the menu is on (a link in the
 * header: the page changes under it, the menu stays).
 */
export function useAnchoredPopover<T extends HTMLElement>(align: 'start' | 'end') {
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLDivElement>(null);
  const trigger = useRef<T>(null);

  useEffect(() => {
    const element = menu.current;
    if (!element) return;
    const onBeforeToggle = (event: Event) => {
      if ((event as ToggleEvent).newState === 'open' && trigger.current)
        placeUnder(element, trigger.current, align);
    };
    const onToggle = (event: Event) => {
      const opened = (event as ToggleEvent).newState === 'open';
      setOpen(opened);
      // Now that it has its size: keep it inside the window.
      if (opened && trigger.current) placeUnder(element, trigger.current, align);
    };
    element.addEventListener('beforetoggle', onBeforeToggle);
    element.addEventListener('toggle', onToggle);
    return () => {
      element.removeEventListener('beforetoggle', onBeforeToggle);
      element.removeEventListener('toggle', onToggle);
    };
  }, [align]);

  // While it is open it follows its button when the page moves under it (scrolling, the window's
  // size, content above the button that comes in later): one measurement a frame, only while open.
  useEffect(() => {
    if (!open) return;
    let frame = 0;
    let last = '';
    const follow = () => {
      const box = trigger.current?.getBoundingClientRect();
      const where = box ? `${box.left},${box.right},${box.bottom},${window.innerWidth}` : '';
      if (where !== last && menu.current && trigger.current) {
        last = where;
        placeUnder(menu.current, trigger.current, align);
      }
      frame = window.requestAnimationFrame(follow);
    };
    frame = window.requestAnimationFrame(follow);
    return () => window.cancelAnimationFrame(frame);
  }, [open, align]);

  // Hiding a popover that is not open does nothing (HTML's "hidePopover" steps).
  const close = () => menu.current?.hidePopover?.();
  return { menu, trigger, open, close };
}
