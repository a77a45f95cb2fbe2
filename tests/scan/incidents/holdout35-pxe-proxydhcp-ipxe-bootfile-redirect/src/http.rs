//! HTTP side: the iPXE script and the kernel / initrd files.

use crate::Config;
use tiny_http::{Header, Response, Server};

fn script(cfg: &Config, mac: &str) -> String {
    let e = cfg.hosts.get(&mac.to_ascii_lowercase()).unwrap_or(&cfg.default);
    format!(
        "#!ipxe\nkernel http://{ip}:{port}/file/kernel?mac={mac} {cmd}\ninitrd http://{ip}:{port}/file/initrd?mac={mac}\nboot\n",
        ip = cfg.listen,
        port = cfg.http_port,
        cmd = e.cmdline
    )
}

pub fn serve(cfg: &Config) {
    let Ok(server) = Server::http((cfg.listen, cfg.http_port)) else { log::error!("http: cannot bind"); return };
    for req in server.incoming_requests() {
        let url = req.url().to_string();
        let (path, query) = url.split_once('?').unwrap_or((&url, ""));
        let mac = query.split('&').find_map(|kv| kv.strip_prefix("mac=")).unwrap_or("").to_string();
        let resp = match path {
            "/boot.ipxe" => Response::from_string(script(cfg, &mac)).with_header(Header::from_bytes("Content-Type", "text/plain").unwrap()).boxed(),
            "/file/kernel" | "/file/initrd" => {
                let e = cfg.hosts.get(&mac.to_ascii_lowercase()).unwrap_or(&cfg.default);
                let f = if path.ends_with("kernel") { &e.kernel } else { &e.initrd };
                match std::fs::File::open(f) {
                    Ok(file) => Response::from_file(file).boxed(),
                    Err(_) => Response::empty(404).boxed(),
                }
            }
            _ => Response::empty(404).boxed(),
        };
        let _ = req.respond(resp);
    }
}
