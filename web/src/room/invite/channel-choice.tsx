/** The choice of how to invite: WhatsApp, email, or a link the person sends themselves. */
import { useT, type WebKey } from '../../i18n/intl';

export type InviteChannel = 'whatsapp' | 'email' | 'link';

const CHANNELS = [
  ['whatsapp', 'channel.whatsapp'],
  ['email', 'channel.email'],
  ['link', 'channel.link'],
] as const satisfies readonly (readonly [InviteChannel, WebKey])[];

export function ChannelChoice({
  channel,
  onChange,
  another,
}: {
  channel: InviteChannel;
  onChange: (channel: InviteChannel) => void;
  /** True when an invite is already out: this one is another way, alongside it. */
  another: boolean;
}) {
  const { t } = useT();
  return (
    <fieldset>
      <legend>{another ? t('channel.another') : t('channel.how')}</legend>
      <div className="radio-row">
        {CHANNELS.map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name="invite-channel"
              value={value}
              checked={channel === value}
              onChange={() => onChange(value)}
            />
            {t(label)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
