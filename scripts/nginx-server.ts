/**
 * Runs real nginx on loopback with deploy/nginx.conf against out/, in the foreground, for the
 * deployment tests and the load run: `tsx scripts/nginx-server.ts --port 4174`.
 * Needs nginx (Debian: nginx, libnginx-mod-http-brotli-static); .ci/run installs them.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values: options } = parseArgs({ options: { port: { type: 'string', default: '4174' }, dir: { type: 'string', default: 'out' } } });
const port = Number(options.port);
const root = path.resolve(options.dir);
const nginx =
  ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'].find((candidate) => fs.existsSync(candidate)) ?? 'nginx';
const brotli = [
  '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so',
  '/usr/lib64/nginx/modules/ngx_http_brotli_static_module.so',
].find((candidate) => fs.existsSync(candidate));

if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error(`${root}/index.html is missing: run \`npm run build\` first`);
  process.exit(1);
}
if (spawnSync(nginx, ['-v']).error) {
  console.error('nginx is not installed (Debian: apt-get install nginx libnginx-mod-http-brotli-static)');
  process.exit(1);
}

const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-'));
fs.mkdirSync(path.join(prefix, 'conf.d'));
fs.mkdirSync(path.join(prefix, 'logs'));
for (const file of ['languages.map', 'security-headers.conf', 'mime.types'])
  fs.copyFileSync(path.join('deploy', file), path.join(prefix, 'conf.d', file));
let site = fs.readFileSync('deploy/nginx.conf', 'utf8');
site = site
  .replace(/^\s*listen \[::\]:80;\n/m, '')
  .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
  .replace(/root \/var\/www\/xiangtan-hitech\/current;/, `root ${root};`);
if (!brotli) site = site.replace(/^\s*brotli_static on;\n/m, '');
fs.writeFileSync(path.join(prefix, 'conf.d', 'site.conf'), site);
const temp = (name: string) => `${name}_temp_path ${path.join(prefix, name)};`;
fs.writeFileSync(
  path.join(prefix, 'nginx.conf'),
  [
    brotli ? `load_module ${brotli};` : '',
    // Started as root, nginx's workers would drop to `nobody`, who cannot read a checkout in a
    // private directory (a clean clone in mktemp's 0700 folder): this loopback test server keeps
    // the caller's user. Production runs under its own user (docs/DEPLOY.md).
    process.getuid?.() === 0 ? 'user root;' : '',
    'worker_processes 2;',
    `pid ${path.join(prefix, 'nginx.pid')};`,
    `error_log ${path.join(prefix, 'logs', 'error.log')} warn;`,
    'daemon off;',
    'events { worker_connections 1024; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  access_log off;',
    '  sendfile on;',
    `  ${temp('client_body')} ${temp('proxy')} ${temp('fastcgi')} ${temp('uwsgi')} ${temp('scgi')}`,
    '  include conf.d/site.conf;',
    '}',
  ].join('\n'),
);

const child = spawn(nginx, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf')], { stdio: 'inherit' });
console.log(`nginx serving ${root} on http://127.0.0.1:${port}/ (config in ${prefix})`);
const stop = () => {
  child.kill('SIGQUIT');
  fs.rmSync(prefix, { recursive: true, force: true });
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', (code) => process.exit(code ?? 0));
