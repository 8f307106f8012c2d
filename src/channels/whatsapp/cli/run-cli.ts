/**
 * The `npm run whatsapp -- <command>` commands, kept apart from the process (argv, env, exit) so
 * tests run them with a fake Graph and a captured output.
 */
import type { Config } from '../../../config.js';
import { runDoctor } from '../doctor/run-doctor.js';
import { createGraphClient, type GraphClient } from '../graph/graph-client.js';
import { templateDefinitions } from '../templates/definitions.js';
import { templateStatuses } from '../templates/template-statuses.js';
import { doctorExitCode, formatDoctorReport } from './format-doctor.js';
import { describeGraphError, formatPushResults, pushTemplates } from './push-templates.js';
import { sandboxNotice } from './sandbox-notice.js';
import { formatTemplateStatuses, usable } from './template-status.js';

/** What the commands need from the outside world. */
export interface CliContext {
  config: Config;
  write: (text: string) => void;
  /** Overrides the Graph client (tests); defaults to one built from the configuration. */
  client?: GraphClient;
}

/** How to use the CLI. */
export const USAGE = `Usage: npm run whatsapp -- <command>

Commands:
  doctor            check the WhatsApp setup for production; exit code 1 if anything fails
  templates push    submit the templates Meta does not have yet for review
  templates status  show each template's review status at Meta and whether it differs
  subscribe         subscribe this app to the WhatsApp account's webhooks
  help              show this text
`;

/** Runs one command and returns the process exit code (0 ok, 1 failed, 2 usage). */
export async function runWhatsAppCli(argv: string[], context: CliContext): Promise<number> {
  const { config, write } = context;
  const command = argv.filter((a) => !a.startsWith('-')).join(' ');
  if (command === '' || command === 'help' || argv.includes('--help') || argv.includes('-h')) {
    write(USAGE);
    return command === '' ? 2 : 0;
  }
  if (!['doctor', 'templates push', 'templates status', 'subscribe'].includes(command)) {
    write(`Unknown command "${command}".\n\n${USAGE}`);
    return 2;
  }
  const accessToken = config.whatsapp.accessToken;
  if (config.whatsapp.sandbox || !accessToken) {
    write(sandboxNotice());
    return 1;
  }
  const client = context.client ?? clientFromConfig(config, accessToken);
  try {
    return await runCommand(command, client, context);
  } catch (err) {
    write(`✗ ${describeGraphError(err)}\n`);
    return 1;
  }
}

async function runCommand(
  command: string,
  client: GraphClient,
  { config, write }: CliContext,
): Promise<number> {
  const definitions = templateDefinitions(config.publicUrl);
  switch (command) {
    case 'doctor': {
      const checks = await runDoctor(client, config);
      write(formatDoctorReport(checks));
      return doctorExitCode(checks);
    }
    case 'templates push': {
      if (!config.publicUrl.startsWith('https://')) {
        write(
          `✗ PUBLIC_URL is ${config.publicUrl}: template buttons link there, and Meta only approves ` +
            'public https links. Set PUBLIC_URL to Meedi8’s public https address first.\n',
        );
        return 1;
      }
      const results = await pushTemplates(client, definitions);
      write(formatPushResults(results));
      return results.some((r) => r.outcome === 'failed') ? 1 : 0;
    }
    case 'templates status': {
      const rows = await templateStatuses(client, definitions, config.publicUrl);
      write(formatTemplateStatuses(rows));
      return rows.every(usable) ? 0 : 1;
    }
    default: {
      const subscribed = await client.subscribeApp();
      write(
        subscribed
          ? `✓ The app now receives webhooks of WhatsApp account ${config.whatsapp.businessAccountId}.\n`
          : '✗ Meta did not confirm the subscription.\n',
      );
      return subscribed ? 0 : 1;
    }
  }
}

/** The Graph client for the configured business number. */
export function clientFromConfig(config: Config, accessToken: string): GraphClient {
  const wa = config.whatsapp;
  return createGraphClient({
    graphUrl: wa.graphUrl,
    apiVersion: wa.apiVersion,
    accessToken,
    appSecret: wa.appSecret,
    phoneNumberId: wa.phoneNumberId,
    businessAccountId: wa.businessAccountId,
    timeoutMs: wa.sendTimeoutMs,
  });
}
