import '../search.css';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

function typingIn(target: EventTarget | null) {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}

/** The search field in the header of every page; "/" focuses it from anywhere but a field. */
export function HeaderSearch() {
  const { t } = useTranslation('search');
  const navigate = useNavigate();
  const location = useLocation();
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const current =
    location.pathname === '/search' ? (new URLSearchParams(location.search).get('q') ?? '') : '';
  const [text, setText] = useState(current);
  const [shownFor, setShownFor] = useState(current);
  if (current !== shownFor) {
    setShownFor(current);
    setText(current);
  }

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !typingIn(e.target)) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <form
      role="search"
      aria-label={t('header.label')}
      className="hb-header-search"
      onSubmit={(e) => {
        e.preventDefault();
        const q = text.trim();
        if (q) void navigate(`/search?${new URLSearchParams({ q })}`);
      }}
    >
      <label htmlFor={id} className="hb-visually-hidden">
        {t('header.label')}
      </label>
      <input
        ref={input}
        id={id}
        type="search"
        name="q"
        className="hb-header-search__input"
        placeholder={t('header.placeholder')}
        aria-keyshortcuts="/"
        autoComplete="off"
        maxLength={200}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit" className="hb-header-search__button">
        {t('header.button')}
      </button>
    </form>
  );
}
