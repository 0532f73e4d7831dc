/**
 * A wide table or block that scrolls sideways inside its own box on a narrow screen, not the page.
 * Named and focusable, so keyboard users can scroll it with the arrow keys (WCAG 2.1.1).
 */
export function ScrollBox({ label, className = "", children }: { label: string; className?: string; children: React.ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`relative overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}
