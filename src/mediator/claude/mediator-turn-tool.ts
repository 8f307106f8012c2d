/**
 * The `mediator_turn` tool: the one structured answer Claude must give for every request.
 * The same TypeBox schema is sent to Claude and used to check what comes back, so the two
 * cannot drift apart.
 */
import type { Tool, ToolChoiceTool } from '@anthropic-ai/sdk/resources/messages.js';
import { type Static, Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { MEDIATION_STAGES, SAFETY_CATEGORIES } from '../mediator.js';

/** Name of the tool Claude is forced to call. */
export const MEDIATOR_TURN_TOOL_NAME = 'mediator_turn';

const text = (description: string) => Type.String({ minLength: 1, description });

/** JSON schema of the tool input, in the wire's snake_case. */
export const MediatorTurnInputSchema = Type.Object(
  {
    reply: text(
      'What you say to the participants (to the one person in a private intake): plain text, no markdown headings, usually under 120 words.',
    ),
    stage: Type.Union(
      MEDIATION_STAGES.map((stage) => Type.Literal(stage)),
      { description: 'The stage the mediation is in after this reply.' },
    ),
    safety_flags: Type.Array(
      Type.Object(
        {
          category: Type.Union(
            SAFETY_CATEGORIES.map((category) => Type.Literal(category)),
            { description: 'The kind of risk.' },
          ),
          reason: text('Short factual reason for the record; never shown to the other person.'),
        },
        { additionalProperties: false },
      ),
      { description: 'Risks noticed in what the participants said; empty when there are none.' },
    ),
    ready_for_joint_session: Type.Optional(
      Type.Boolean({
        description:
          'Private intake only: true once the person has said what happened, how they feel and what they need.',
      }),
    ),
    agreement: Type.Optional(
      Type.Object(
        {
          summary: text('One or two sentences on what the agreement settles.'),
          commitments: Type.Array(
            Type.Object(
              {
                participant_id: Type.Union([Type.String({ minLength: 1 }), Type.Null()], {
                  description:
                    "The committing participant's id from the participants list, or null when both commit.",
                }),
                text: text('One concrete, checkable action: who does what, by when.'),
              },
              { additionalProperties: false },
            ),
            { minItems: 1 },
          ),
          text: text('The whole agreement as plain text, ready for both to confirm or edit.'),
        },
        {
          additionalProperties: false,
          description: 'Only when asked to draft the agreement.',
        },
      ),
    ),
    reply_versions: Type.Optional(
      Type.Array(
        Type.Object(
          {
            locale: Type.String({
              minLength: 2,
              description: 'The language tag this version is written in, as the task names it.',
            }),
            reply: text('The same reply, written in that language.'),
          },
          { additionalProperties: false },
        ),
        {
          description:
            'Only when the task names more than one language: the reply written in each other language.',
        },
      ),
    ),
  },
  { additionalProperties: false },
);

/** What Claude puts in a `mediator_turn` call once it has been checked. */
export type MediatorTurnInput = Static<typeof MediatorTurnInputSchema>;

/** The tool definition sent with every request. */
export const mediatorTurnTool: Tool = {
  name: MEDIATOR_TURN_TOOL_NAME,
  description:
    'Give your next turn as the mediator: the reply the participants will read, the stage, any safety flags, whether a private intake is complete and, when asked, the draft agreement.',
  // JSON.stringify drops TypeBox's symbol keys, so the wire gets plain JSON schema.
  input_schema: MediatorTurnInputSchema,
};

/** Forces Claude to answer through `mediator_turn` and only once. */
export const mediatorTurnToolChoice: ToolChoiceTool = {
  type: 'tool',
  name: MEDIATOR_TURN_TOOL_NAME,
  disable_parallel_tool_use: true,
};

/** Type guard for a tool input that matches the schema exactly. */
export function isMediatorTurnInput(input: unknown): input is MediatorTurnInput {
  return Value.Check(MediatorTurnInputSchema, input);
}

/**
 * Where the input breaks the schema, e.g. `/stage: Expected union value`. Paths and schema
 * messages only: the values are the participants' words and must not reach error messages.
 */
export function describeSchemaErrors(input: unknown, limit = 3): string {
  const problems: string[] = [];
  for (const error of Value.Errors(MediatorTurnInputSchema, input)) {
    problems.push(`${error.path || '/'}: ${error.message}`);
    if (problems.length >= limit) break;
  }
  return problems.join('; ');
}
