import type { Channel } from '../../shared/domain/types';

/**
 * The link for a channel's address where the platform can follow it: tel: and sms: for numbers, mailto:
 * for email, http(s) for profile and meeting links. Null for anything else (a chat handle, a place) or
 * an address that does not look right (stored data is untrusted: no other schemes are ever linked).
 */
export function channelLink(kind: Channel, address: string | undefined): string | null {
  const value = address?.trim() ?? '';
  if (!value) return null;
  switch (kind) {
    case 'phone':
    case 'sms': {
      const digits = value.replace(/[\s().-]/g, '');
      if (!/^\+?\d{4,17}$/.test(digits)) return null;
      return `${kind === 'phone' ? 'tel' : 'sms'}:${digits}`;
    }
    case 'email':
      return /^[^\s@<>]+@[^\s@<>]+$/.test(value) ? `mailto:${value}` : null;
    case 'linkedin':
    case 'social':
    case 'video': {
      try {
        const url = new URL(value);
        return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
      } catch {
        return null;
      }
    }
    default:
      return null;
  }
}
