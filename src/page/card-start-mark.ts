/**
 * card.js's first module (card.ts imports it before any other), so that a --bench build marks when the bundle
 * starts evaluating: the bench adds card.js's evaluation (its modules and the matcher's compile) to our scan's time.
 */
import { benchMark } from './bench-marks';

benchMark('card.js-start');
