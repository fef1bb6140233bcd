import { z } from 'zod';
import { CLAIMS } from '../../kernel/claims.js';

export { CLAIMS, type Claim } from '../../kernel/claims.js';

const Text = z.strictObject({ de: z.string().trim().min(1).max(200), en: z.string().trim().min(1).max(200) });

export const Criterion = z.union([
  z.strictObject({ minAge: z.number().int().min(0).max(130) }),
  z.strictObject({ claim: z.enum(CLAIMS) }),
]);

export const Group = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,20}$/, 'Lower-case letters, digits and dashes.'),
  label: Text,
  /** When the group may book; null while no date has been decided. */
  opensAt: z.iso.datetime({ offset: true }).nullable(),
  /** A person belongs to the group when any criterion holds. */
  anyOf: z.array(Criterion).min(1),
});

export const ProductLimit = z
  .strictObject({ minAge: z.number().int().min(0).max(130).optional(), maxAge: z.number().int().min(0).max(130).optional() })
  .refine((l) => l.minAge === undefined || l.maxAge === undefined || l.minAge <= l.maxAge, { message: 'minAge must not exceed maxAge.', params: { code: 'age-range' } });

/** A rule set: priority groups in order (the first that applies wins) and age limits per product. */
export const RuleDefinition = z
  .strictObject({
    groups: z.array(Group).min(1).max(20),
    products: z.record(z.string().regex(/^[a-z0-9-]+$/), ProductLimit),
  })
  .superRefine((d, ctx) => {
    const seen = new Set<string>();
    d.groups.forEach((g, i) => {
      if (seen.has(g.id)) ctx.addIssue({ code: 'custom', path: ['groups', i, 'id'], message: `Group id "${g.id}" is used twice.`, params: { code: 'duplicate-id' } });
      seen.add(g.id);
    });
  });
export type RuleDefinition = z.infer<typeof RuleDefinition>;
