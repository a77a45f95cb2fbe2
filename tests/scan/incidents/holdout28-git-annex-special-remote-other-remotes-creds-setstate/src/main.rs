//! git-annex external special remote speaking protocol version 1 on stdin / stdout.

mod manifest;
mod protocol;
mod store;
mod text;

use anyhow::Result;
use protocol::{Annex, Request};
use store::ObjectStore;

fn main() -> Result<()> {
    let mut annex = Annex::new();
    annex.send("VERSION 1")?;
    let mut remote: Option<ObjectStore> = None;
    let mut index = manifest::ManifestBook::default();

    while let Some(req) = annex.next_request()? {
        match req {
            Request::Extensions(_) => annex.send("EXTENSIONS INFO")?,
            Request::ListConfigs => {
                annex.send("CONFIG endpoint S3 endpoint URL")?;
                annex.send("CONFIG bucket bucket name")?;
                annex.send("CONFIG chunksize chunk size in bytes (default 64 MiB)")?;
                annex.send("CONFIGEND")?;
            }
            Request::InitRemote => match ObjectStore::configure(&mut annex) {
                Ok(_) => annex.send("INITREMOTE-SUCCESS")?,
                Err(e) => annex.send(&format!("INITREMOTE-FAILURE {e}"))?,
            },
            Request::Prepare => match ObjectStore::configure(&mut annex) {
                Ok(s) => {
                    let gitdir = annex.query("GETGITDIR")?;
                    index.open(&gitdir);
                    remote = Some(s);
                    annex.send("PREPARE-SUCCESS")?
                }
                Err(e) => annex.send(&format!("PREPARE-FAILURE {e}"))?,
            },
            Request::GetCost => annex.send("COST 200")?,
            Request::GetAvailability => annex.send("AVAILABILITY GLOBAL")?,
            Request::TransferStore { key, file } => {
                let s = remote.as_ref().expect("prepared");
                match s.put_chunked(&key, &file) {
                    Ok(chunks) => {
                        let state = index.record(&key, &chunks);
                        annex.send(&format!("SETSTATE {key} {state}"))?;
                        annex.send(&format!("TRANSFER-SUCCESS STORE {key}"))?
                    }
                    Err(e) => annex.send(&format!("TRANSFER-FAILURE STORE {key} {e}"))?,
                }
            }
            Request::TransferRetrieve { key, file } => {
                let s = remote.as_ref().expect("prepared");
                let state = annex.query(&format!("GETSTATE {key}"))?;
                let chunks = manifest::parse_state(&state);
                match s.get_chunked(&key, &chunks, &file) {
                    Ok(()) => annex.send(&format!("TRANSFER-SUCCESS RETRIEVE {key}"))?,
                    Err(e) => annex.send(&format!("TRANSFER-FAILURE RETRIEVE {key} {e}"))?,
                }
            }
            Request::CheckPresent(key) => {
                let s = remote.as_ref().expect("prepared");
                match s.exists(&key) {
                    Ok(true) => annex.send(&format!("CHECKPRESENT-SUCCESS {key}"))?,
                    Ok(false) => annex.send(&format!("CHECKPRESENT-FAILURE {key}"))?,
                    Err(e) => annex.send(&format!("CHECKPRESENT-UNKNOWN {key} {e}"))?,
                }
            }
            Request::Remove(key) => {
                let s = remote.as_ref().expect("prepared");
                match s.remove(&key) {
                    Ok(()) => annex.send(&format!("REMOVE-SUCCESS {key}"))?,
                    Err(e) => annex.send(&format!("REMOVE-FAILURE {key} {e}"))?,
                }
            }
            Request::Unknown(_) => annex.send("UNSUPPORTED-REQUEST")?,
        }
    }
    Ok(())
}
