/**
 * IAM unique IDs: a 4-letter prefix (AGPA group, AIDA user, ANPA managed policy)
 * and 17 characters of [A-Z0-9]. The engine never makes IDs itself; it is given
 * an ID source, random in the app and seeded in scenarios and tests.
 */
export type IdPrefix = 'AGPA' | 'AIDA' | 'ANPA';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const ID_BODY_LENGTH = 17;
/** the largest multiple of 36 below 256: bytes above it are skipped so every character is equally likely */
const UNBIASED_BYTE_LIMIT = 252;

export function randomId(prefix: IdPrefix): string {
  let body = '';
  while (body.length < ID_BODY_LENGTH) {
    for (const byte of crypto.getRandomValues(new Uint8Array(32))) {
      if (byte < UNBIASED_BYTE_LIMIT && body.length < ID_BODY_LENGTH) body += ALPHABET[byte % ALPHABET.length];
    }
  }
  return prefix + body;
}

/** cyrb128: spreads a string over four 32-bit seeds */
function hashSeed(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

/** sfc32: a small, fast PRNG with good statistics; returns floats in [0, 1) */
function sfc32(seed: [number, number, number, number]): () => number {
  let [a, b, c, d] = seed;
  return () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/** a deterministic ID source: the same seed yields the same sequence of IDs */
export function seededIds(seed: string): (prefix: IdPrefix) => string {
  const next = sfc32(hashSeed(seed));
  return (prefix) => {
    let body = '';
    for (let i = 0; i < ID_BODY_LENGTH; i++) body += ALPHABET[Math.floor(next() * ALPHABET.length)];
    return prefix + body;
  };
}

/** an ID derived from `key` alone: AWS managed policies get the same ID in every session */
export function stableId(prefix: IdPrefix, key: string): string {
  return seededIds(key)(prefix);
}

export const ID_PATTERN = /^(AGPA|AIDA|ANPA)[A-Z0-9]{17}$/;
