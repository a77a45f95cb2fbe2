//! vzdump calls the hook with the phase first; the archive is in $TARGET.

mod crypt;

use rusty_s3::{actions::ListObjectsV2, Bucket, Credentials, S3Action, UrlStyle};
use serde::Deserialize;
use std::path::Path;
use std::time::Duration;

#[derive(Deserialize)]
struct Config {
    endpoint: String,
    region: String,
    bucket: String,
    access_key: String,
    secret_key: String,
    recipients: Vec<String>,
    #[serde(default = "keep")]
    keep_last: usize,
}

fn keep() -> usize {
    7
}

fn guest(target: &str) -> Option<String> {
    let name = Path::new(target).file_name()?.to_str()?;
    let mut p = name.split('-');
    let (_, kind, id) = (p.next()?, p.next()?, p.next()?);
    Some(format!("{kind}-{id}"))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let phase = std::env::args().nth(1).unwrap_or_default();
    if phase != "backup-end" && phase != "job-end" {
        return Ok(());
    }
    let cfg: Config = toml::from_str(&std::fs::read_to_string("/etc/vzdump-s3.toml")?)?;
    let bucket = Bucket::new(cfg.endpoint.parse()?, UrlStyle::Path, cfg.bucket.clone(), cfg.region.clone())?;
    let creds = Credentials::new(&cfg.access_key, &cfg.secret_key);
    let link = Duration::from_secs(3600);

    if phase == "backup-end" {
        let target = std::env::var("TARGET")?;
        let g = guest(&target).ok_or("unexpected archive name")?;
        let sealed = format!("{target}.age");
        crypt::encrypt(&cfg.recipients, Path::new(&target), Path::new(&sealed))?;
        let key = format!("{g}/{}.age", Path::new(&target).file_name().unwrap().to_string_lossy());
        let url = bucket.put_object(Some(&creds), &key).sign(link);
        let file = std::fs::File::open(&sealed)?;
        let len = file.metadata()?.len();
        ureq::put(url.as_str()).set("Content-Length", &len.to_string()).send(file)?;
        std::fs::remove_file(&sealed)?;
        println!("vzdump-s3: uploaded {key} ({} MiB, encrypted to {} recipient(s))", len >> 20, cfg.recipients.len());
    } else {
        let dumpdir = std::env::var("DUMPDIR")?;
        let mut guests: Vec<String> = std::fs::read_dir(dumpdir)?.flatten().filter_map(|e| guest(&e.path().to_string_lossy())).collect();
        guests.sort();
        guests.dedup();
        for g in guests {
            let mut list = bucket.list_objects_v2(Some(&creds));
            list.with_prefix(format!("{g}/"));
            let text = ureq::get(list.sign(link).as_str()).call()?.into_string()?;
            let mut keys: Vec<String> = ListObjectsV2::parse_response(&text)?.contents.into_iter().map(|o| o.key).collect();
            keys.sort();
            for k in keys.iter().take(keys.len().saturating_sub(cfg.keep_last)) {
                ureq::delete(bucket.delete_object(Some(&creds), k).sign(link).as_str()).call()?;
                println!("vzdump-s3: pruned {k}");
            }
        }
    }
    Ok(())
}
