/**
 * npm run bench:holdout: the held-out binding measurement in full: the figures, by family and by
 * input, the failure patterns, and every wrong proposal and every miss. `npm run bench` prints its
 * summary as line (i).
 */
import { printHoldoutReport } from './report';
import { scoreHoldout } from './score';

printHoldoutReport(scoreHoldout());
