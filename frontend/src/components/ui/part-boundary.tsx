import { Component, type ReactNode } from 'react';

interface Props {
  /** Shown instead of the part when its code could not be loaded. */
  failed: ReactNode;
  children: ReactNode;
}

/**
 * A lazily loaded part of a page (the reply form, say) whose code could not be fetched — the
 * member went offline before it came: shows `failed` in its place and keeps the rest of the page,
 * which the route's error page would otherwise replace (issue 14: a follow pressed offline). A
 * class, as React's error boundaries are.
 */
export class PartBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    return this.state.failed ? this.props.failed : this.props.children;
  }
}
