// The e2e suites' fixture server and proxy must close whatever the browser left behind: a killed Firefox once
// left sockets that kept the firefox suite's afterAll waiting past its 120 s hook timeout in CI.
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { startSiteProxy } from '../../e2e/support/firefox';
import { startSiteServer } from '../../e2e/support/site-server';
import { makeCertificate } from '../../e2e/support/tls';

const opened: Socket[] = [];
afterEach(() => opened.splice(0).forEach((s) => s.destroy()));

const open = (port: number) => {
  const s = connect(port, '127.0.0.1');
  s.on('error', () => {});
  opened.push(s);
  return s;
};

it('the site server and the proxy close with a TLS handshake pending and a tunnel open', async () => {
  const tmp = mkdtempSync(join(tmpdir(), 'zhicheng-servers-'));
  try {
    const server = await startSiteServer(makeCertificate(tmp, ['a.example']), []);
    const proxy = await startSiteProxy(server.port, ['a.example']);
    open(server.port); // connected, never says hello
    const tunnel = open(proxy.port);
    tunnel.write('CONNECT a.example:443 HTTP/1.1\r\nHost: a.example:443\r\n\r\n');
    const established = await new Promise<string>((r) => tunnel.once('data', (d) => r(String(d))));
    expect(established).toMatch(/^HTTP\/1\.1 200/);

    const closed = await Promise.race([
      Promise.all([proxy.close(), server.close()]).then(() => true),
      new Promise<false>((r) => setTimeout(() => r(false), 5_000)),
    ]);
    expect(closed).toBe(true);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
