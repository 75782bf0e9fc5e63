import { useRef } from 'preact/hooks';
import type { EntityId } from '../data/types';
import { formatCount, plural } from '../ui/format';
import { useI18n } from '../ui/i18n';
import type { MentionGroup } from './model';

export interface EntityTabsProps {
  groups: readonly MentionGroup[];
  selected: EntityId;
  onSelect: (id: EntityId) => void;
  /** Id of the panel the tabs control. */
  panelId: string;
}

export const tabId = (entity: EntityId) => `tab-${entity}`;

/**
 * The page's mentions by entity, as an ARIA tab list (APG pattern): one Tab stop, arrow keys, Home and End
 * move between entities and select them at once, since showing a card is instant.
 */
export function EntityTabs({ groups, selected, onSelect, panelId }: EntityTabsProps) {
  const { t, lang } = useI18n();
  const list = useRef<HTMLDivElement>(null);

  const moveTo = (index: number) => {
    const group = groups[(index + groups.length) % groups.length];
    if (!group) return;
    onSelect(group.entity.id);
    list.current?.querySelector<HTMLElement>(`#${tabId(group.entity.id)}`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const current = groups.findIndex((g) => g.entity.id === selected);
    // In a right-to-left page the arrows follow the visual order.
    const rtl = list.current ? getComputedStyle(list.current).direction === 'rtl' : false;
    const next = rtl ? -1 : 1;
    const keys: Record<string, number> = {
      ArrowRight: current + next,
      ArrowLeft: current - next,
      Home: 0,
      End: groups.length - 1,
    };
    const target = keys[event.key];
    if (target === undefined) return;
    event.preventDefault();
    moveTo(target);
  };

  return (
    <div class="xev-tabs" role="tablist" aria-label={t('mentionsListLabel')} ref={list} onKeyDown={onKeyDown}>
      {groups.map(({ entity, count }) => {
        const isSelected = entity.id === selected;
        return (
          <button
            key={entity.id}
            type="button"
            role="tab"
            id={tabId(entity.id)}
            class="xev-tab"
            aria-selected={isSelected}
            aria-controls={panelId}
            tabIndex={isSelected ? 0 : -1}
            data-testid={`entity-${entity.id}`}
            onClick={() => onSelect(entity.id)}
          >
            {entity.short}{' '}
            {/* The visible count is part of the name (WCAG 2.5.3 label in name); the word after it is for screen readers. */}
            <span class="xev-count">{formatCount(count, lang)}</span>
            <span class="xev-sr"> {plural(t, lang, 'mentionCountWord', count)}</span>
          </button>
        );
      })}
    </div>
  );
}
