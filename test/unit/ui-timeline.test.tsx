// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { eventsOf } from '../../src/data/queries';
import { Timeline } from '../../src/ui/Timeline';
import { allByTestId, byTestId, DS, PUBLISHED, renderUi } from './ui-fixtures';

/** The timeline's items in document order: event ids, and "MARKER" for the article marker. */
function order(root: HTMLElement): string[] {
  return [...byTestId(root, 'timeline')!.querySelectorAll('li[data-testid^="event-"], [data-testid="article-marker"]')].map((li) =>
    li.getAttribute('data-testid') === 'article-marker' ? 'MARKER' : li.getAttribute('data-testid')!.slice('event-'.length),
  );
}

const su7Events = eventsOf(DS, 'su7');

describe('Timeline', () => {
  it('lists events newest first with date, title, summary and source links', () => {
    const root = renderUi(<Timeline events={su7Events} published={null} entity="su7" />);
    expect(order(root)).toEqual(['deliveries', 'launch', 'unveil', 'ms11']);
    const launch = byTestId(root, 'event-launch')!;
    expect(launch.querySelector('time')?.getAttribute('datetime')).toBe('2024-03-28');
    expect(launch.textContent).toContain('28 Mar 2024');
    expect(launch.textContent).toContain('SU7 launched');
    expect(launch.textContent).toContain('Prices announced; orders open.');
    expect(launch.textContent).toContain('215,900 yuan');
    expect(allByTestId(launch, 'source-link').map((a) => a.getAttribute('href'))).toEqual([
      'https://news.example/4',
      'https://news.example/5',
    ]);
    expect(byTestId(root, 'event-deliveries')!.textContent).toContain('Q2 2024');
  });

  it('has no marker and flags nothing when the article date is unknown', () => {
    const root = renderUi(<Timeline events={su7Events} published={null} />);
    expect(byTestId(root, 'article-marker')).toBeNull();
    expect(root.querySelectorAll('[data-after="true"]')).toHaveLength(0);
  });

  it('puts "This article — Feb 2023" between the events after it and those before it', () => {
    const root = renderUi(<Timeline events={su7Events} published={PUBLISHED} entity="su7" />);
    // The MS11 sighting is dated only "Feb 2023": it may precede the 6 Feb article, so it is not news to it.
    expect(order(root)).toEqual(['deliveries', 'launch', 'unveil', 'MARKER', 'ms11']);
    const marker = byTestId(root, 'article-marker')!;
    expect(marker.textContent).toBe('This article — Feb 2023');
    expect(marker.querySelector('time')?.getAttribute('datetime')).toBe(PUBLISHED);
    expect(byTestId(root, 'timeline-since')!.textContent).toBe('3 events since this article (Feb 2023)');
  });

  it('makes the events after the article stand out, for eyes and for screen readers', () => {
    const root = renderUi(<Timeline events={su7Events} published={PUBLISHED} />);
    for (const id of ['deliveries', 'launch', 'unveil']) {
      const li = byTestId(root, `event-${id}`)!;
      expect(li.classList.contains('xev-ev--after'), id).toBe(true);
      expect(li.querySelector('h3 .xev-sr')?.textContent).toContain('After this article:');
    }
    const before = byTestId(root, 'event-ms11')!;
    expect(before.classList.contains('xev-ev--after')).toBe(false);
    expect(before.querySelector('.xev-sr')?.textContent ?? '').not.toContain('After this article');
  });

  it('puts the marker at the top when nothing happened since, at the bottom when everything did', () => {
    const late = renderUi(<Timeline events={su7Events} published="2025-01-01" />);
    expect(order(late)[0]).toBe('MARKER');
    expect(byTestId(late, 'timeline-since')!.textContent).toBe('No new events since this article (Jan 2025)');
    const early = renderUi(<Timeline events={su7Events} published="2020-05-01" />);
    expect(order(early).at(-1)).toBe('MARKER');
  });

  it('follows the caller’s list of later events when given, so card and timeline agree', () => {
    const root = renderUi(<Timeline events={su7Events} published={PUBLISHED} after={new Set(['deliveries'])} />);
    expect(order(root)).toEqual(['deliveries', 'MARKER', 'launch', 'unveil', 'ms11']);
    expect(byTestId(root, 'timeline-since')!.textContent).toBe('1 event since this article (Feb 2023)');
  });

  it('labels single-source events and tags events of other models in an overview', () => {
    const root = renderUi(<Timeline events={eventsOf(DS, 'xiaomi-ev')} published={null} entities={DS.entities} entity="xiaomi-ev" />);
    expect(byTestId(byTestId(root, 'event-unveil')!, 'single-source')?.textContent).toBe('Single source');
    expect(byTestId(byTestId(root, 'event-launch')!, 'single-source')).toBeNull();
    expect(byTestId(root, 'event-yu7-launch')!.querySelector('.xev-tag')?.textContent).toBe('YU7');
    expect(byTestId(root, 'event-announce')!.querySelector('.xev-tag')).toBeNull();
    expect(allByTestId(root, 'event-announce')).toHaveLength(1);
  });

  it('names the marker month in French', () => {
    const root = renderUi(<Timeline events={su7Events} published={PUBLISHED} />, 'fr');
    expect(byTestId(root, 'article-marker')!.textContent).toBe('Cet article — févr. 2023');
    expect(byTestId(root, 'timeline-since')!.textContent).toBe('3 événements depuis cet article (févr. 2023)');
  });
});
