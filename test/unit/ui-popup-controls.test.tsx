// @vitest-environment jsdom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { PageReport, SiteStatus } from '../../src/messages';
import { App } from '../../src/popup/App';
import type { PopupControls } from '../../src/popup/controls';
import type { Loader } from '../../src/popup/load';
import { byTestId, DS, PUBLISHED, renderUi } from './ui-fixtures';

const REPORT: PageReport = { counts: { su7: 3, 'xiaomi-ev': 4 }, total: 7, published: { date: PUBLISHED, source: 'meta' }, claims: [] };
const loader: Loader = () => Promise.resolve({ ds: DS, report: REPORT });
const settle = () => act(async () => {
  await new Promise((r) => setTimeout(r, 0));
});

/** Controls that keep their state in memory, like the background would. */
function fakeControls(initial: SiteStatus) {
  let status = { ...initial };
  const controls: PopupControls = {
    siteStatus: vi.fn(async () => status),
    setSiteEnabled: vi.fn(async (on: boolean) => (status = { ...status, siteEnabled: on })),
    setEnabled: vi.fn(async (on: boolean) => (status = { ...status, enabled: on })),
    goTo: vi.fn(async () => true),
    openOptions: vi.fn(),
  };
  return controls;
}

async function render(controls: PopupControls) {
  const root = renderUi(<App route={null} load={loader} controls={controls} />);
  await settle();
  await settle();
  return root;
}

describe('popup controls', () => {
  it('shows the global switch and "Turn off on <site>", and turning the site off hides the page’s mentions', async () => {
    const controls = fakeControls({ site: 'lemonde.fr', enabled: true, siteEnabled: true });
    const root = await render(controls);
    expect((byTestId(root, 'global-toggle') as HTMLInputElement).checked).toBe(true);
    expect(byTestId(root, 'global-toggle')!.getAttribute('role')).toBe('switch');
    expect(byTestId(root, 'site-toggle')!.textContent).toBe('Turn off for lemonde.fr');
    expect(root.querySelectorAll('[role="tab"]')).toHaveLength(2);

    await act(async () => byTestId(root, 'site-toggle')!.click());
    await settle();
    expect(controls.setSiteEnabled).toHaveBeenCalledWith(false);
    expect(byTestId(root, 'site-toggle')!.textContent).toBe('Turn on for lemonde.fr');
    expect(byTestId(root, 'site-state')!.textContent).toBe('Off on this site.');
    expect(root.querySelectorAll('[role="tab"]')).toHaveLength(0);
    expect(root.textContent).toContain('No Xiaomi EV mentions on this page');
  });

  it('the global switch turns everything off, and says so', async () => {
    const controls = fakeControls({ site: 'lemonde.fr', enabled: true, siteEnabled: true });
    const root = await render(controls);
    await act(async () => byTestId(root, 'global-toggle')!.click());
    await settle();
    expect(controls.setEnabled).toHaveBeenCalledWith(false);
    expect(byTestId(root, 'site-state')!.textContent).toMatch(/Off everywhere/);
  });

  it('has no site button on pages the extension never runs on', async () => {
    const root = await render(fakeControls({ site: null, enabled: true, siteEnabled: false }));
    expect(byTestId(root, 'global-toggle')).not.toBeNull();
    expect(byTestId(root, 'site-toggle')).toBeNull();
    expect(byTestId(root, 'site-state')).toBeNull();
  });

  it('"Go to" asks the tab for the next mention of the selected entity; "Settings" opens the options', async () => {
    const controls = fakeControls({ site: 'lemonde.fr', enabled: true, siteEnabled: true });
    const root = await render(controls);
    act(() => byTestId(root, 'entity-su7')!.click());
    expect(byTestId(root, 'goto-mention')!.textContent).toBe('Go to next SU7 mention');
    act(() => byTestId(root, 'goto-mention')!.click());
    expect(controls.goTo).toHaveBeenCalledWith('su7');
    act(() => byTestId(root, 'open-options')!.click());
    expect(controls.openOptions).toHaveBeenCalled();
  });

  it('in French', async () => {
    const root = renderUi(<App route={null} load={loader} controls={fakeControls({ site: 'lemonde.fr', enabled: false, siteEnabled: true })} />, 'fr');
    await settle();
    await settle();
    expect(byTestId(root, 'site-toggle')!.textContent).toBe('Désactiver sur lemonde.fr');
    expect(byTestId(root, 'site-state')!.textContent).toMatch(/Désactivé partout/);
  });
});
