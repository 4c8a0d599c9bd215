/**
 * The yardstick for "as fast as a static file": Debian's nginx serving one fixed answer (the exact
 * bytes, gzip and headers aside, that the app's front cache gives for `/`) from a file, one worker
 * like the deployment's (deploy/nginx.conf.template), on loopback. Used by `npm run bench`.
 */
import fs from "node:fs";
import path from "node:path";
import { findNginx, startNginx } from "@/scripts/support/deployment";
import { freePort } from "@/scripts/support/app-server";

export type StaticNginx = { baseURL: string; stop(): Promise<void> };

/** Serves `gzipBody` as text/html with Content-Encoding gzip at every path; null if nginx is missing. */
export async function startStaticNginx(dir: string, gzipBody: Buffer): Promise<StaticNginx | null> {
  const nginxBin = findNginx();
  if (!nginxBin) return null;
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "page.html.gz"), gzipBody);
  const port = await freePort();
  // As root, workers would run as nobody, who cannot read a private temporary folder.
  const user = process.getuid?.() === 0 ? "user root;" : "";
  const conf = `${user}
worker_processes 1;
pid ${dir}/nginx.pid;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path ${dir}/client_body;
    proxy_temp_path ${dir}/proxy_temp;
    fastcgi_temp_path ${dir}/fastcgi_temp;
    uwsgi_temp_path ${dir}/uwsgi_temp;
    scgi_temp_path ${dir}/scgi_temp;
    types { }
    default_type "text/html; charset=utf-8";
    server {
        listen 127.0.0.1:${port};
        location / {
            root ${dir};
            add_header Content-Encoding gzip;
            add_header Vary Accept-Encoding;
            rewrite ^ /page.html.gz break;
        }
    }
}
`;
  fs.writeFileSync(path.join(dir, "nginx.conf"), conf);
  const nginx = await startNginx(nginxBin, dir, path.join(dir, "nginx.conf"), `http://127.0.0.1:${port}`, { stdio: "ignore", name: "static nginx" });
  return { baseURL: `http://127.0.0.1:${port}`, stop: nginx.stop };
}
