/** What the CLI says when no real WhatsApp account is configured. */

/** Explains sandbox mode and how to configure a real WhatsApp Business number. */
export function sandboxNotice(): string {
  return `Meedi8 is in sandbox mode: WHATSAPP_ACCESS_TOKEN is not set, so WhatsApp messages go to the
built-in emulator and there is no Meta account to check or to push templates to.

To use a real WhatsApp Business number, set these environment variables:
  WHATSAPP_ACCESS_TOKEN         a permanent System User token: Meta Business Settings → Users →
                                System users → Generate token, with the permissions
                                whatsapp_business_messaging and whatsapp_business_management
  WHATSAPP_PHONE_NUMBER_ID      Meta App → WhatsApp → API setup → Phone number ID
  WHATSAPP_BUSINESS_ACCOUNT_ID  Meta App → WhatsApp → API setup → WhatsApp Business Account ID
  WHATSAPP_APP_SECRET           Meta App → App settings → Basic → App secret
  WHATSAPP_VERIFY_TOKEN         a long random string; enter the same value as the Verify token in
                                Meta App → WhatsApp → Configuration → Webhook
  PUBLIC_URL                    Meedi8's public https address (used for the webhook and links)

Then run: npm run whatsapp -- doctor
`;
}
