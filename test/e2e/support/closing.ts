import type { Server, Socket } from 'node:net';

/**
 * A close for a test server that cannot hang. `server.close()` waits for every socket it ever accepted, and
 * `closeAllConnections()` only knows the HTTP connections it still parses: a TLS socket still in its handshake, or
 * one handed over to a CONNECT tunnel, would keep the close (and the afterAll hook) waiting after the browser is
 * killed. So every accepted socket is kept from the start and destroyed on close. Call right after createServer.
 */
export function closerFor(server: Server): () => Promise<void> {
  const sockets = new Set<Socket>();
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.once('close', () => sockets.delete(s));
  });
  return () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const s of sockets) s.destroy();
    });
}
