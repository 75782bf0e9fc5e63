/** The hostile-page suite (hostile-cases.ts) in real Chromium. */
import { describe } from 'vitest';
import { hostileSuite } from './hostile-cases';
import { chromiumDriver, type Driver } from './hostile-driver';
import { profileExtensionJs } from './hostile-profile';
import type { ChromiumSession } from './harness/browsers';

describe('Chromium: hostile and dynamic pages', () => {
  let driver: Driver & { session: ChromiumSession };
  hostileSuite(async () => (driver = await chromiumDriver()), {
    profile: (url) => profileExtensionJs(driver.session.context, url, () => ((CSS as any).highlights.get('xev-mention')?.size ?? 0) >= 10),
  });
});
