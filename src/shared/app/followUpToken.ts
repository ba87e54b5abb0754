/**
 * The token that identifies a flagged message across compose, send and the sent copy: 10 characters
 * of base 32 (50 bits). Roaming settings keep it with every follow-up, so it stays short; 300
 * follow-ups collide with odds of about 4 in 10^11.
 */
import type { RandomPort } from '../ports';

const ALPHABET = '0123456789abcdefghijklmnopqrstuv';
export const TOKEN_LENGTH = 10;
const TOKEN = /^[0-9a-v]{10}$/;

export function followUpToken(random: RandomPort): string {
  let token = '';
  for (let i = 0; i < TOKEN_LENGTH; i += 1) token += ALPHABET[Math.floor(random.next() * 32) % 32] ?? '0';
  return token;
}

export function followUpTokenValid(value: unknown): value is string {
  return typeof value === 'string' && TOKEN.test(value);
}
