/**
 * The `safety_screen` tool Claude is forced to call for a second opinion on one message, and
 * the instructions that go with it. The same TypeBox schema is sent and used to check the answer.
 */
import type { Tool, ToolChoiceTool } from '@anthropic-ai/sdk/resources/messages.js';
import { type Static, Type } from '@sinclair/typebox';
import { SAFETY_CATEGORIES } from '../mediator/mediator.js';

/** Name of the tool Claude must call. */
export const SAFETY_SCREEN_TOOL_NAME = 'safety_screen';

/** JSON schema of the tool input. */
export const SafetyScreenInputSchema = Type.Object(
  {
    flags: Type.Array(
      Type.Object(
        {
          category: Type.Union(
            SAFETY_CATEGORIES.map((category) => Type.Literal(category)),
            { description: 'The kind of risk disclosed.' },
          ),
          reason: Type.String({
            minLength: 1,
            maxLength: 80,
            description: 'A few words naming the kind of risk; never quote the message.',
          }),
        },
        { additionalProperties: false },
      ),
      { description: 'One entry per risk the writer discloses; empty when there is none.' },
    ),
  },
  { additionalProperties: false },
);

/** The checked tool input. */
export type SafetyScreenInput = Static<typeof SafetyScreenInputSchema>;

/** The tool definition sent with every request. */
export const safetyScreenTool: Tool = {
  name: SAFETY_SCREEN_TOOL_NAME,
  description: 'Record whether this message discloses a risk to the writer or to a child.',
  input_schema: SafetyScreenInputSchema as unknown as Tool['input_schema'],
};

/** Forces the tool call, so the answer is always structured. */
export const safetyScreenToolChoice: ToolChoiceTool = {
  type: 'tool',
  name: SAFETY_SCREEN_TOOL_NAME,
};

/** Instructions: recognised screening practice, paraphrased, and what is not a disclosure. */
export const SAFETY_SCREEN_SYSTEM_PROMPT = `You screen one message written by a person in a couples, co-parenting or family mediation, before the mediator answers. Decide whether the writer discloses a risk to themselves or to a child. People rarely name abuse; they describe what was done to their body, what was used, what was said would happen, or what they now do to avoid trouble. Read ordinary, misspelt, lower-case and indirect wording in any variety of English.

Categories:
- violence: being hit, pushed, grabbed, choked or strangled, hurt with an object, injured.
- threats: being told they, their family, pets or children will be harmed, or of harm to the other person used as leverage; intimidation.
- fear: being afraid of the other person, changing what they say or do to avoid a reaction, not being able to speak freely.
- coercive_control: being watched, checked, isolated from friends or family, given rules, punished, humiliated, kept from leaving.
- stalking: being followed, tracked, watched, turned up on, contacted again and again after saying no, accounts hacked.
- financial_control: money, wages, cards or accounts taken or withheld, debts run up in their name, being stopped from working.
- sexual_coercion: sex or sexual acts forced or pressured, done while asleep or drunk, intimate images taken or shared without consent.
- child_risk: a child harmed, neglected, sexually abused, left unsafe, or afraid of a parent or carer.
- self_harm: thoughts of suicide or self-harm, plans, goodbyes, feeling others would be better off without them.

Not disclosures: denials ("he has never hit me"), figures of speech ("this is killing me", "I could murder a coffee"), jokes, talk about films, books, the news or other people's lives, and ordinary disagreements however heated. When in doubt about a real disclosure, flag it: a flag only pauses the session and offers help privately.

Call the safety_screen tool once. Give a few-word reason per flag, never quoting the message.`;
