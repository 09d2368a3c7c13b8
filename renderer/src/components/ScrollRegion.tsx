import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A table that may be wider than the window (at 320 px, or 400 % zoom) scrolls sideways inside this region, never the
 * page (WCAG 1.4.10). While it does scroll, the region is a named landmark and a tab stop, so a keyboard can reach and
 * scroll it (axe: scrollable-region-focusable); while everything fits it is a plain box that adds no tab stop and no
 * landmark. Its name must differ from any landmark around it (axe: landmark-unique).
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  const region = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const element = region.current;
    if (!element) return;
    const measure = (): void => setScrolls(element.scrollWidth > element.clientWidth);
    measure();
    // Both the region (the window narrows) and its content (rows come and go) change its width.
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  const named = scrolls ? { role: 'region', 'aria-label': label, tabIndex: 0 } : {};
  return (
    <div ref={region} className="table-scroll" {...named}>
      {children}
    </div>
  );
}
