// An api served on one end of a real MessageChannel and its typed client on the other, as the page and its worker
// talk; every channel made is closed after its test.
import { afterEach } from 'vitest';
import { client, serve, type Api, type Endpoint } from '../../../forms/web/rpc';

const channels: MessageChannel[] = [];
afterEach(() => channels.splice(0).forEach((c) => (c.port1.close(), c.port2.close())));

export function connect<A extends Api<A>>(api: A): ReturnType<typeof client<A>> {
  const ch = new MessageChannel();
  channels.push(ch);
  serve(ch.port2 as unknown as Endpoint, api);
  const rpc = client<A>(ch.port1 as unknown as Endpoint);
  ch.port1.start();
  ch.port2.start();
  return rpc;
}
