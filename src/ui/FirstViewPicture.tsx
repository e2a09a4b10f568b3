/**
 * The planner's first view while its map loads (issue #15): the build's picture of the starting choropleth
 * (`first-view-choice.ts`), over the map's box and framed as the map's start view (the city fitted with the map's
 * 16 px padding), under a note that says what it is. It takes no pointer: the map below is already there to use
 * as it fills in. The map view removes it once MapLibre has drawn the choropleth.
 */
import { useLayoutEffect, useRef } from 'react';
import type { Lang } from '../domain/lang.js';
import { FIRST_VIEW_MESSAGES } from './messages/first-view.js';
import { partText } from './messages/part.js';

/**
 * The picture, cloned from its template. The note carries `elementtiming="first-view"`, so the browser records
 * when the first view is on screen (PerformanceElementTiming, read by `npm run bench`).
 */
export function FirstViewPicture({ template, lang }: { template: HTMLTemplateElement; lang: Lang }) {
  const host = useRef<HTMLDivElement>(null);
  const note = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => {
    const el = host.current!;
    el.replaceChildren(template.content.cloneNode(true));
    note.current!.setAttribute('elementtiming', 'first-view');
    return () => el.replaceChildren();
  }, [template]);
  return (
    <div className="map-first-view" data-testid="planner-first-view" aria-hidden="true">
      <div ref={host} className="map-first-view-picture" />
      <p ref={note} className="map-first-view-note">
        {partText(FIRST_VIEW_MESSAGES, lang)('firstView.note')}
      </p>
    </div>
  );
}
