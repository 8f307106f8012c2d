/**
 * A tiny SMTP server for tests (node:net on 127.0.0.1): greets, accepts EHLO/HELO, MAIL FROM and
 * RCPT TO (550 for the addresses it is told to refuse), takes DATA up to the lone dot, and keeps
 * what it received so a test can read the message Meedi8 really sent.
 */
import { createServer, type Socket } from 'node:net';

export interface ReceivedMessage {
  from: string;
  to: string[];
  /** The message as sent after DATA: headers, blank line, body (dot-stuffing undone). */
  data: string;
}

export interface SmtpTestServer {
  url: string;
  messages: ReceivedMessage[];
  /** RCPT TO attempts, accepted or not. */
  recipientsTried: string[];
  close(): Promise<void>;
}

/** Starts the server; RCPT TO for any address in `reject` gets 550. */
export async function startSmtpTestServer(
  options: { reject?: string[] } = {},
): Promise<SmtpTestServer> {
  const reject = new Set((options.reject ?? []).map((a) => a.toLowerCase()));
  const messages: ReceivedMessage[] = [];
  const recipientsTried: string[] = [];
  const sockets = new Set<Socket>();

  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    socket.setEncoding('utf8');
    const reply = (line: string) => socket.write(`${line}\r\n`);
    let buffer = '';
    let inData = false;
    let envelope: { from: string; to: string[] } = { from: '', to: [] };
    let dataLines: string[] = [];

    const handle = (line: string) => {
      if (inData) {
        if (line === '.') {
          inData = false;
          messages.push({ ...envelope, data: dataLines.join('\r\n') });
          envelope = { from: '', to: [] };
          reply('250 2.0.0 OK queued');
        } else dataLines.push(line.startsWith('..') ? line.slice(1) : line);
        return;
      }
      const verb = line.slice(0, 4).toUpperCase();
      const argument = (line.match(/<([^>]*)>/)?.[1] ?? '').toLowerCase();
      if (verb === 'EHLO' || verb === 'HELO') reply('250 meedi8-test-smtp');
      else if (verb === 'MAIL') {
        envelope = { from: argument, to: [] };
        reply('250 2.1.0 OK');
      } else if (verb === 'RCPT') {
        recipientsTried.push(argument);
        if (reject.has(argument)) reply('550 5.1.1 No such user here');
        else {
          envelope.to.push(argument);
          reply('250 2.1.5 OK');
        }
      } else if (verb === 'DATA') {
        inData = true;
        dataLines = [];
        reply('354 End data with <CR><LF>.<CR><LF>');
      } else if (verb === 'RSET') {
        envelope = { from: '', to: [] };
        reply('250 2.0.0 OK');
      } else if (verb === 'NOOP') reply('250 2.0.0 OK');
      else if (verb === 'QUIT') {
        reply('221 2.0.0 Bye');
        socket.end();
      } else reply('502 5.5.2 Command not recognized');
    };

    socket.on('data', (chunk: string) => {
      buffer += chunk;
      for (let end = buffer.indexOf('\r\n'); end !== -1; end = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        handle(line);
      }
    });
    reply('220 meedi8-test-smtp ESMTP ready');
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    recipientsTried,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** An SMTP URL on which nothing listens (a port that was free a moment ago). */
export async function unusedSmtpUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `smtp://127.0.0.1:${port}`;
}
