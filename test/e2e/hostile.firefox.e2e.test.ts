/** The hostile-page suite (hostile-cases.ts) in real Firefox ESR. */
import { describe } from 'vitest';
import { hostileSuite } from './hostile-cases';
import { firefoxDriver } from './hostile-driver';

describe('Firefox: hostile and dynamic pages', () => {
  hostileSuite(() => firefoxDriver());
});
