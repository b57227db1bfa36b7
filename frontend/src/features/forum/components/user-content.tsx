/**
 * HTML written by members, rendered and sanitised on the server when it was saved (allow-list,
 * no scripts, no remote loads). The page's CSP forbids inline script and style besides.
 */
export function UserContent({ html, className }: { html: string; className?: string }) {
  return (
    <div
      className={className ? `hb-content ${className}` : 'hb-content'}
      // Sanitised on the server when saved (MarkdownRenderer's allow-list).
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
