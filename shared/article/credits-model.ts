import { z } from 'zod';

/** Who wrote the story and where it was filed from: the byline's contributors and the dateline. */

/** Built-in roles; any other lower-case role name is allowed too (the list is extensible). */
export const CONTRIBUTOR_ROLES = ['writer', 'photographer', 'additional-reporting', 'translation', 'editing'] as const;
export const contributorRoleSchema = z.string().min(1).max(60);
export type ContributorRole = z.infer<typeof contributorRoleSchema>;

export const contributorSchema = z.object({
  name: z.string().max(200),
  role: contributorRoleSchema,
  affiliation: z.string().max(200).nullable(),
  contact: z.string().max(300).nullable(),
});
export type Contributor = z.infer<typeof contributorSchema>;

export const bylineSchema = z.object({
  position: z.enum(['top', 'foot']),
  contributors: z.array(contributorSchema).max(50),
});
export type Byline = z.infer<typeof bylineSchema>;

export const datelineSchema = z.object({
  place: z.string().max(200),
  /** As the reporter wrote it ("Nov. 26"), so house style is never second-guessed. */
  date: z.string().max(100),
});
export type Dateline = z.infer<typeof datelineSchema>;
