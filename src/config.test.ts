import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('starts with no settings at all: embedded database, offline mediator, port 3000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      publicUrl: 'http://localhost:3000',
      databaseUrl: null,
      role: 'all',
      mediatorProvider: 'auto',
      anthropicApiKey: null,
      defaultCountry: 'GB',
    });
    expect(config.dataDir).toMatch(/\/data$/);
  });

  it('reads and types every setting', () => {
    const config = loadConfig({
      PORT: '8080',
      PUBLIC_URL: 'https://meedi8.example/',
      DATABASE_URL: 'postgres://u:p@db:5432/meedi8',
      ROLE: 'worker',
      ANTHROPIC_API_KEY: 'k',
      TRUST_PROXY: 'true',
      DEFAULT_COUNTRY: 'us',
    });
    expect(config).toMatchObject({
      port: 8080,
      publicUrl: 'https://meedi8.example',
      databaseUrl: 'postgres://u:p@db:5432/meedi8',
      role: 'worker',
      trustProxy: 1,
      defaultCountry: 'US',
    });
  });

  it('lists every problem at once, one clear line each', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({
        PORT: 'eighty',
        ROLE: 'boss',
        PUBLIC_URL: 'ftp://x',
        DATABASE_URL: 'mysql://x',
        MEDIATOR_PROVIDER: 'claude',
        TRUST_PROXY: 'maybe',
      });
    } catch (err) {
      error = err as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.problems).toHaveLength(6);
    expect(error!.message).toContain('PORT must be a whole number');
    expect(error!.message).toContain('ROLE must be one of all, web, worker');
    expect(error!.message).toContain('MEDIATOR_PROVIDER=claude needs ANTHROPIC_API_KEY');
  });
});
