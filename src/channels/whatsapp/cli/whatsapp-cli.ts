/**
 * Entry point of `npm run whatsapp -- <command>`: the operator's tool to push templates, see
 * their review status and check the WhatsApp setup before going live.
 */
import { loadConfigOrExit } from '../../../config.js';
import { runWhatsAppCli } from './run-cli.js';

process.exitCode = await runWhatsAppCli(process.argv.slice(2), {
  config: loadConfigOrExit(),
  write: (text) => process.stdout.write(text),
});
