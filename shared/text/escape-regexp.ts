/** A string as a regular expression matching it literally ("Dr. O'Neil (acting)"). */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
