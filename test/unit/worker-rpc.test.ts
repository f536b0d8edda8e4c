// The page↔worker calls, typed from one interface, over a real MessageChannel: results, progress, transferred chunks,
// cancellation, errors, and no way to reach a method the interface does not have.
import { describe, expect, it } from 'vitest';
import type { CallSink } from '../../forms/web/rpc';
import { connect as connectTo } from './support/channel';

interface TestApi {
  add(sink: CallSink, a: number, b: number): Promise<number>;
  stream(sink: CallSink, parts: number): Promise<string>;
  wait(sink: CallSink): Promise<void>;
  fail(sink: CallSink, message: string): Promise<never>;
}

const api: TestApi = {
  add: async (_sink, a, b) => a + b,
  async stream(sink, parts) {
    for (let i = 0; i < parts; i++) {
      sink.progress({ done: i + 1 });
      sink.chunk(new Uint8Array([i, i, i]));
    }
    return 'done';
  },
  wait: (sink) => new Promise((_resolve, reject) => sink.signal.addEventListener('abort', () => reject(new Error('stopped')))),
  fail: async (_sink, message) => {
    throw new TypeError(message);
  },
};

const connect = () => connectTo<TestApi>(api);

describe('worker rpc', () => {
  it('calls a method by name with its arguments and returns its result', async () => {
    const rpc = connect();
    await expect(rpc.api.add(2, 3)).resolves.toBe(5);
  });

  it('delivers progress and chunks before the result', async () => {
    const rpc = connect();
    const progress: unknown[] = [];
    const chunks: number[][] = [];
    const result = await rpc.with({ onProgress: (p) => progress.push(p), onChunk: (c) => chunks.push([...c]) }).stream(3);
    expect(result).toBe('done');
    expect(progress).toEqual([{ done: 1 }, { done: 2 }, { done: 3 }]);
    expect(chunks).toEqual([[0, 0, 0], [1, 1, 1], [2, 2, 2]]);
  });

  it('aborts the worker side when the page aborts, with an AbortError', async () => {
    const rpc = connect();
    const ac = new AbortController();
    const call = rpc.with({ signal: ac.signal }).wait();
    setTimeout(() => ac.abort(), 10);
    await expect(call).rejects.toMatchObject({ name: 'AbortError', message: 'stopped' });
  });

  it('rejects with the worker error’s name and message, and refuses names the interface lacks', async () => {
    const rpc = connect();
    await expect(rpc.api.fail('坏输入')).rejects.toMatchObject({ name: 'TypeError', message: '坏输入' });
    const untyped = rpc.api as unknown as Record<string, () => Promise<unknown>>;
    await expect(untyped['toString']!()).rejects.toThrow(/unknown method toString/);
    // @ts-expect-error: not a method of TestApi
    await expect(rpc.api.missing()).rejects.toThrow(/unknown method missing/);
  });

  it('rejects every call in flight when the worker dies', async () => {
    const rpc = connect();
    const call = rpc.api.wait();
    rpc.failAll('后台处理意外中止');
    await expect(call).rejects.toMatchObject({ name: 'WorkerCrash' });
  });
});
