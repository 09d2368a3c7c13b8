import { z } from 'zod';

/**
 * The accessibility statement's shape in `locales/<lng>/accessibility.json` (key `statement`): a title, an intro and
 * sections in the order of the Norwegian and Swedish models, each a heading, paragraphs and an optional list. The
 * screen draws it, and scripts/generate-accessibility-statement.ts writes the same text to docs/ as Markdown.
 */
export const statementSchema = z.object({
  title: z.string().min(1),
  intro: z.string().min(1),
  sections: z
    .array(
      z.object({
        heading: z.string().min(1),
        paragraphs: z.array(z.string().min(1)).min(1),
        items: z.array(z.string().min(1)).optional(),
      }),
    )
    .min(1),
});

export type Statement = z.infer<typeof statementSchema>;
