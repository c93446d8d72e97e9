// A tiny image registry for pull tests: no registry is reachable from these machines and none is
// installable, so this serves the read side of the registry HTTP API (the distribution spec's
// `GET /v2/`, manifests and blobs) for one image built from the busybox root filesystem. docker
// treats 127.0.0.0/8 as an insecure (HTTP) registry by default; podman is told so by the
// registries.conf this writes. It listens on 127.0.0.1 only and can hold each blob back for a
// while, to make a pull take longer than a step's timeout.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { busyboxRootfs } from './dockerd.js';

const MANIFEST_TYPE = 'application/vnd.docker.distribution.manifest.v2+json';
const CONFIG_TYPE = 'application/vnd.docker.container.image.v1+json';
const LAYER_TYPE = 'application/vnd.docker.image.rootfs.diff.tar.gzip';

export interface TestRegistry {
  /** `127.0.0.1:<port>` */
  host: string;
  /** The image it serves, e.g. `127.0.0.1:41234/steplog-test/pulled:1`. */
  image: string;
  /** Requests served, e.g. `GET /v2/steplog-test/pulled/manifests/1`. */
  requests: string[];
  stop(): Promise<void>;
}

const digestOf = (data: Buffer) => `sha256:${createHash('sha256').update(data).digest('hex')}`;

/** Serves `steplog-test/pulled:1`, one busybox layer; each blob is sent after `blobDelayMs`. */
export async function startRegistry(options: { blobDelayMs?: number } = {}): Promise<TestRegistry> {
  const root = busyboxRootfs();
  let layerTar: Buffer;
  try {
    const tar = spawnSync('tar', ['-C', root, '-c', '.'], { maxBuffer: 256 * 1024 * 1024 });
    if (tar.status !== 0) throw new Error(`tar of the busybox root failed: ${tar.stderr.toString()}`);
    layerTar = tar.stdout;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  const layer = gzipSync(layerTar);
  const config = Buffer.from(
    JSON.stringify({
      architecture: process.arch === 'x64' ? 'amd64' : process.arch,
      os: 'linux',
      config: { Env: ['PATH=/bin'] },
      rootfs: { type: 'layers', diff_ids: [digestOf(layerTar)] },
    }),
  );
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MANIFEST_TYPE,
      config: { mediaType: CONFIG_TYPE, size: config.length, digest: digestOf(config) },
      layers: [{ mediaType: LAYER_TYPE, size: layer.length, digest: digestOf(layer) }],
    }),
  );
  const blobs = new Map([
    [digestOf(config), config],
    [digestOf(layer), layer],
  ]);
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '';
    requests.push(`${request.method} ${url}`);
    const send = (status: number, body: Buffer, type: string, digest?: string) => {
      response.writeHead(status, {
        'Content-Type': type,
        'Content-Length': body.length,
        'Docker-Distribution-API-Version': 'registry/2.0',
        ...(digest ? { 'Docker-Content-Digest': digest } : {}),
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (url === '/v2/' || url === '/v2') return send(200, Buffer.from('{}'), 'application/json');
    const manifestRef = /^\/v2\/steplog-test\/pulled\/manifests\/([^/?]+)$/.exec(url)?.[1];
    if (manifestRef === '1' || manifestRef === digestOf(manifest)) {
      return send(200, manifest, MANIFEST_TYPE, digestOf(manifest));
    }
    const blob = blobs.get(/^\/v2\/steplog-test\/pulled\/blobs\/([^/?]+)$/.exec(url)?.[1] ?? '');
    if (blob) {
      setTimeout(() => send(200, blob, 'application/octet-stream', digestOf(blob)), options.blobDelayMs ?? 0);
      return;
    }
    send(
      404,
      Buffer.from(JSON.stringify({ errors: [{ code: 'MANIFEST_UNKNOWN', message: 'manifest unknown' }] })),
      'application/json',
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    host,
    image: `${host}/steplog-test/pulled:1`,
    requests,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Writes a registries.conf marking these registries insecure (HTTP); returns the variable podman reads. */
export function podmanRegistriesEnv(
  dir: string,
  registries: readonly TestRegistry[],
): Record<string, string> {
  const file = path.join(dir, 'registries.conf');
  writeFileSync(
    file,
    registries.map((r) => `[[registry]]\nlocation = "${r.host}"\ninsecure = true\n`).join('\n'),
  );
  return { CONTAINERS_REGISTRIES_CONF: file };
}
