/**
 * The hand-over from the build-time first view (`FirstView.tsx`, static HTML in `#root`) to the live page: the
 * entry takes the first view's map picture and targets out of `#root` before the page renders into it, and the
 * page puts them back where its map and targets go, until the interactive map is drawn and `summary.json` is in.
 * So the picture that painted with the HTML stays on screen, in the same place, until its replacement is ready.
 */
import { useLayoutEffect, useRef } from 'react';

/** The first view's parts the live page keeps for a while: the map picture and the targets, or null (none built). */
export type FirstViewParts = { map: Element | null; targets: Element | null };

/** Takes the first view's parts out of `root` and empties it, so the page renders into an empty element. */
export function takeFirstView(root: Element): FirstViewParts {
  const map = root.querySelector('[data-testid="first-view"]');
  const targets = root.querySelector('[data-testid="pub-targets"]');
  map?.remove();
  targets?.remove();
  root.replaceChildren();
  return { map, targets };
}

/**
 * Shows a node made outside React in the page's flow (its wrapper has `display: contents`); removes it when
 * unmounted. Layout effect: the node is back before the browser paints, so the picture does not blink.
 */
export function FirstViewSlot({ node }: { node: Element }) {
  const host = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    host.current!.appendChild(node);
    return () => node.remove();
  }, [node]);
  return <div ref={host} className="pub-first-view-slot" />;
}
