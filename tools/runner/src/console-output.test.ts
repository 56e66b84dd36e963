import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createConsole, forEachLine } from './console-output.js';

function capture(): { out: Writable; text: () => string } {
  const chunks: string[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { out, text: () => chunks.join('') };
}

describe('createConsole', () => {
  it('tags every line with the padded process id, the runner included', () => {
    const { out, text } = capture();
    const console = createConsole(['identity-0', 'catalog-10'], { out, pretty: false, color: false });
    console.childLine('identity-0', '{"level":30}');
    console.say('two\nlines');
    expect(text()).toBe(
      ['identity-0 | {"level":30}', 'runner     | two', 'runner     | lines', ''].join('\n'),
    );
  });

  it('colours tags when colour is on, each process in its own colour', () => {
    const { out, text } = capture();
    const console = createConsole(['a-0', 'b-0'], { out, pretty: false, color: true });
    console.childLine('a-0', 'x');
    console.childLine('b-0', 'y');
    expect(text()).toBe('\u001b[36ma-0    |\u001b[0m x\n\u001b[33mb-0    |\u001b[0m y\n');
  });

  it('prints a multi-line pretty record with the tag on every line', () => {
    const { out, text } = capture();
    const console = createConsole(['a-0'], { out, pretty: true, color: false });
    const err = { message: 'm', stack: 'Error: m\n at f' };
    console.childLine('a-0', JSON.stringify({ level: 50, time: 0, msg: 'bad', err }));
    expect(text().split('\n').slice(1, 3)).toEqual(['a-0    |     Error: m', 'a-0    |     at f']);
  });
});

describe('forEachLine', () => {
  it('splits chunks into lines, including a last line without a newline', async () => {
    const stream = new PassThrough();
    const lines: string[] = [];
    forEachLine(stream, (line) => lines.push(line));
    stream.write('one\ntw');
    stream.write('o\r\nthree');
    stream.end();
    await new Promise((resolve) => stream.on('close', resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines).toEqual(['one', 'two', 'three']);
  });
});
