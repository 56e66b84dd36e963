import { describe, expect, it } from 'vitest';
import { parseLoadArgs } from './load-options.js';
import { defaultMix } from './shopper-mix.js';

describe('the load command line', () => {
  it('defaults to 20/s for 60 s against the local gateway with the default mix', () => {
    expect(parseLoadArgs([], {})).toMatchObject({
      rate: 20,
      durationSeconds: 60,
      mix: defaultMix,
      json: false,
      allowRemote: false,
      shoppers: 10,
    });
    expect(parseLoadArgs([], {}).target.href).toBe('http://127.0.0.1:8080/');
    expect(parseLoadArgs([], { PORT: '8506' }).target.href).toBe('http://127.0.0.1:8506/');
  });

  it('reads every option', () => {
    const options = parseLoadArgs(
      '--rate 5.5 --duration 3 --target http://localhost:9000 --json --mix cart=1 --allow-remote --shoppers 4 --drain 2 --timeout 1'.split(
        ' ',
      ),
      {},
    );
    expect(options).toMatchObject({
      rate: 5.5,
      durationSeconds: 3,
      json: true,
      allowRemote: true,
      shoppers: 4,
      drainSeconds: 2,
      timeoutSeconds: 1,
      mix: { cart: 1, browse: 0 },
    });
    expect(options.target.host).toBe('localhost:9000');
  });

  it('refuses what it cannot run with a message naming the option', () => {
    expect(() => parseLoadArgs(['--rate', '0'], {})).toThrow('--rate must be a number > 0, not "0"');
    expect(() => parseLoadArgs(['--duration', 'long'], {})).toThrow(/--duration/);
    expect(() => parseLoadArgs(['--target', 'ftp://x'], {})).toThrow(/http\(s\) URL/);
    expect(() => parseLoadArgs(['--target', 'not a url'], {})).toThrow(/Invalid URL/);
    expect(() => parseLoadArgs(['--speed', '3'], {})).toThrow(/--speed/);
    expect(() => parseLoadArgs(['--mix', 'fly=1'], {})).toThrow(/unknown step "fly"/);
  });
});
