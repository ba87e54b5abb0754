import { Call20Regular } from '@fluentui/react-icons/svg/call';
import { Chat20Regular } from '@fluentui/react-icons/svg/chat';
import { Document20Regular } from '@fluentui/react-icons/svg/document';
import { Mail20Regular } from '@fluentui/react-icons/svg/mail';
import { People20Regular } from '@fluentui/react-icons/svg/people';
import { PersonChat20Regular } from '@fluentui/react-icons/svg/person-chat';
import { Phone20Regular } from '@fluentui/react-icons/svg/phone';
import { Print20Regular } from '@fluentui/react-icons/svg/print';
import { Video20Regular } from '@fluentui/react-icons/svg/video';
import type { Channel } from '../../shared/domain/types';

const ICONS = {
  email: Mail20Regular,
  phone: Call20Regular,
  sms: Phone20Regular,
  chat: Chat20Regular,
  linkedin: PersonChat20Regular,
  social: PersonChat20Regular,
  video: Video20Regular,
  'in-person': People20Regular,
  letter: Document20Regular,
  fax: Print20Regular,
} as const satisfies Record<Channel, unknown>;

/** The channel's icon (decorative: the channel's name is always written next to it). */
export function ChannelIcon({ channel, className }: { channel: Channel; className?: string }) {
  const Icon = ICONS[channel];
  return <Icon aria-hidden className={className} />;
}
