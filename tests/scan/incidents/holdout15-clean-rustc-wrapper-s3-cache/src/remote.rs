//! Optional S3 storage in the bucket the user configured.

use std::path::Path;

use s3::creds::Credentials;
use s3::{Bucket, Region};

fn bucket() -> Option<Box<Bucket>> {
    let name = std::env::var("KILN_BUCKET").ok()?;
    let region_name = std::env::var("KILN_REGION").unwrap_or_else(|_| "us-east-1".into());
    let region = match std::env::var("KILN_ENDPOINT") {
        Ok(endpoint) => Region::Custom { region: region_name, endpoint },
        Err(_) => region_name.parse().ok()?,
    };
    let creds = Credentials::default().ok()?;
    Bucket::new(&name, region, creds).ok()
}

pub fn fetch(key: &str, into: &Path) -> bool {
    let Some(b) = bucket() else { return false };
    let Ok(list) = b.list(format!("{key}/"), None) else { return false };
    let _ = std::fs::create_dir_all(into);
    let mut any = false;
    for page in list {
        for obj in page.contents {
            if let Ok(resp) = b.get_object(&obj.key) {
                let file = obj.key.rsplit('/').next().unwrap_or("out");
                any |= std::fs::write(into.join(file), resp.bytes()).is_ok();
            }
        }
    }
    any
}

pub fn store(key: &str, from: &Path) {
    let Some(b) = bucket() else { return };
    let Ok(rd) = std::fs::read_dir(from) else { return };
    for e in rd.flatten() {
        if let Ok(data) = std::fs::read(e.path()) {
            let _ = b.put_object(format!("{key}/{}", e.file_name().to_string_lossy()), &data);
        }
    }
}
