import { COERCIVE_CONTROL_RULES } from './coercive-control-rules.js';
import { FEAR_RULES } from './fear-rules.js';
import type { ScreeningRule } from './screen-types.js';
import { SELF_HARM_RULES } from './self-harm-rules.js';
import { VIOLENCE_RULES } from './violence-rules.js';

/** Every screening rule; within a category the first rule that matches names the reason. */
export const SCREENING_RULES: readonly ScreeningRule[] = [
  ...VIOLENCE_RULES,
  ...FEAR_RULES,
  ...COERCIVE_CONTROL_RULES,
  ...SELF_HARM_RULES,
];
