// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { SourceLink } from '../../src/ui/SourceLink';
import { safeHttpsUrl } from '../../src/ui/safeUrl';
import { allByTestId, byTestId, renderUi } from './ui-fixtures';

describe('SourceLink', () => {
  it('links an https source in a new tab without opener or referrer, with its date', () => {
    const root = renderUi(<SourceLink source={{ url: 'https://www.reuters.com/a', outlet: 'Reuters', published: '2024-03-28' }} />);
    const a = byTestId(root, 'source-link') as HTMLAnchorElement;
    expect(a.getAttribute('href')).toBe('https://www.reuters.com/a');
    expect(a.target).toBe('_blank');
    expect(a.rel.split(' ').sort()).toEqual(['noopener', 'noreferrer']);
    expect(a.textContent).toContain('Reuters');
    expect(root.querySelector('time')?.getAttribute('datetime')).toBe('2024-03-28');
    expect(root.textContent).toContain('28 Mar 2024');
  });

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'data:text/html,<b>x</b>', 'http://example.com/', '/relative', 'not a url'])(
    'refuses to link %j but still names the outlet',
    (url) => {
      const root = renderUi(<SourceLink source={{ url, outlet: 'Shady', published: '2024-03' }} />);
      expect(root.querySelector('a')).toBeNull();
      expect(allByTestId(root, 'source-link')).toHaveLength(0);
      expect(root.textContent).toContain('Shady');
    },
  );

  it('renders outlet names as text, never as markup', () => {
    const root = renderUi(<SourceLink source={{ url: 'https://x.example/', outlet: '<img src=x onerror=alert(1)>', published: '2024' }} />);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('safeHttpsUrl accepts only absolute https URLs', () => {
    expect(safeHttpsUrl('https://a.example/x?y=1')).toBe('https://a.example/x?y=1');
    expect(safeHttpsUrl('javascript:void 0')).toBeNull();
    expect(safeHttpsUrl('//a.example/')).toBeNull();
  });
});
