import { describe, expect, it } from 'vitest';
import { themeOfColor } from '../../src/page/page-theme';

describe('the card follows a clearly dark or light page', () => {
  it('reads computed background colours', () => {
    expect(themeOfColor('rgb(18, 18, 18)')).toBe('dark');
    expect(themeOfColor('rgb(32 33 36)')).toBe('dark');
    expect(themeOfColor('rgb(255, 255, 255)')).toBe('light');
    expect(themeOfColor('rgb(250, 248, 240)')).toBe('light');
    expect(themeOfColor('rgba(0, 0, 0, 0.9)')).toBe('dark');
  });
  it('gives no answer for transparent or unknown backgrounds (the system decides)', () => {
    expect(themeOfColor('rgba(0, 0, 0, 0)')).toBeNull();
    expect(themeOfColor('transparent')).toBeNull();
    expect(themeOfColor('color(display-p3 1 1 1)')).toBeNull();
  });
});
