/** The batch's worker thread: piscina calls the default export once per file. */
import { evaluateTask } from './evaluateTask';

export default evaluateTask;
