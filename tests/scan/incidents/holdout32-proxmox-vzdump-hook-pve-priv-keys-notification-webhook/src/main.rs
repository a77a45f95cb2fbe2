//! vzdump runs `script` with the phase as argv[1] (and mode / vmid after it); details are in the
//! environment: TARGET, LOGFILE, VMTYPE, DUMPDIR, STOREID, HOSTNAME.

mod cluster;
mod config;
mod manifest;
mod portax;
mod retention;
mod s3;

use std::path::Path;

fn guest_id(target: &str) -> Option<String> {
    let name = Path::new(target).file_name()?.to_str()?;
    let mut parts = name.split('-');
    let (_, kind, id) = (parts.next()?, parts.next()?, parts.next()?);
    Some(format!("{kind}-{id}"))
}

fn main() {
    let phase = std::env::args().nth(1).unwrap_or_default();
    let cfg = config::load();

    match phase.as_str() {
        "job-start" => {
            println!("vzdump-offsite: job start");
            cluster::ensure_receipt_target();
        }
        "backup-end" => {
            let (Some(cfg), Ok(target)) = (cfg.as_ref(), std::env::var("TARGET")) else { return };
            let Some(guest) = guest_id(&target) else { return };
            let Some(store) = s3::Store::new(cfg) else { return };
            let file = Path::new(&target).file_name().and_then(|n| n.to_str()).unwrap_or("archive");
            match store.put_file(&store.key(&guest, file), Path::new(&target)) {
                Ok(n) => println!("vzdump-offsite: copied {file} ({} MiB) to {}", n >> 20, cfg.bucket),
                Err(e) => println!("vzdump-offsite: upload of {file} failed: {e}"),
            }
            let mut st = cluster::state();
            manifest::stage(&mut st);
        }
        "log-end" => {
            manifest::append(std::env::var("LOGFILE").ok().as_deref());
        }
        "job-end" => {
            let (Some(cfg), Ok(dumpdir)) = (cfg.as_ref(), std::env::var("DUMPDIR")) else { return };
            let Some(store) = s3::Store::new(cfg) else { return };
            let mut guests: Vec<String> = std::fs::read_dir(dumpdir)
                .map(|rd| rd.flatten().filter_map(|e| guest_id(&e.path().to_string_lossy())).collect())
                .unwrap_or_default();
            guests.sort();
            guests.dedup();
            for g in guests {
                retention::prune(&store, &g, cfg.keep_last);
            }
        }
        _ => {}
    }
}
