import type { CredentialKind } from '../model';

// cyrb53 (public domain): a fast 53-bit string hash, ample to keep ids of one office's applicants apart.
function hash53(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * The id of the applicant a roster row describes: derived from the ID number, so importing the same roster again
 * updates rather than duplicates. Hashed so ids in file names and logs do not spell out ID numbers (a hash of an
 * ID number is not anonymous: it only keeps the number out of plain sight).
 */
export const applicantIdFor = (idNumber: string): string => `p${hash53(idNumber.trim().toUpperCase())}`;

/** A credential's id from its roster column group: 学历 group 1 → `<applicant>-xl1`, 学位 group 2 → `-xw2`. */
export const credentialIdFor = (applicantId: string, kind: CredentialKind, slot: number): string =>
  `${applicantId}-${kind === 'xueli' ? 'xl' : 'xw'}${slot}`;
