import { describe, expect, it } from 'vitest';
import { replyWith } from '../../../extension/messaging/reply';

describe('replyWith: Promise handlers as listeners that older Chromium answers', () => {
  const answers = (handler: Parameters<typeof replyWith>[0]) => {
    const sent: unknown[] = [];
    const logged: string[] = [];
    const kept = replyWith(handler, (m) => logged.push(m))('msg', { tab: 1 }, (r) => sent.push(r));
    return { kept, sent, logged };
  };
  const tick = () => new Promise((r) => setTimeout(r, 0));

  it('keeps the channel open and sends what the Promise resolves to', async () => {
    const { kept, sent } = answers(async (m, s) => ({ echo: m, s }));
    expect(kept).toBe(true);
    expect(sent).toEqual([]);
    await tick();
    expect(sent).toEqual([{ echo: 'msg', s: { tab: 1 } }]);
  });

  it('leaves messages that are not its own to other listeners', () => {
    const { kept, sent } = answers(() => undefined);
    expect(kept).toBeUndefined();
    expect(sent).toEqual([]);
  });

  it('answers a failed handler with nothing, and logs it', async () => {
    const { kept, sent, logged } = answers(() => Promise.reject(new Error('store full')));
    expect(kept).toBe(true);
    await tick();
    expect(sent).toEqual([undefined]);
    expect(logged).toEqual(['message handler failed']);
  });
});
