/**
 * npm run bench:holdout6: the sixth held-out binding measurement in full, scored by the first
 * set's rules: the figures, by family and by input, the failure patterns, and every wrong proposal
 * and every miss. `npm run bench` prints its summary as line (n).
 */
import { printHoldoutReport } from '../holdout/report';
import { scoreWorkbooks } from '../holdout/score';
import { generateHoldout6Set } from './generate';

printHoldoutReport(scoreWorkbooks(generateHoldout6Set()));
