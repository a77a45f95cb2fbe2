//! Run as a script step:  `azdo-nextest-setup 0.9.72 <sha256>`
//! Downloads the pinned archive from the organization's own feed (SYSTEM_COLLECTIONURI, the job's
//! access token, which the pipeline maps in explicitly), verifies the hash, then emits
//! `##vso[task.prependpath]` for the directory it installed into. It prints logging commands on
//! its own stdout as a step; it is not a build script and never runs inside cargo.

use sha2::{Digest, Sha256};
use std::io::Read;

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(version), Some(want)) = (args.next(), args.next()) else {
        eprintln!("usage: azdo-nextest-setup <version> <sha256>");
        std::process::exit(2);
    };
    let org = std::env::var("SYSTEM_COLLECTIONURI").expect("run inside Azure Pipelines");
    let token = std::env::var("SYSTEM_ACCESSTOKEN").expect("map System.AccessToken into the step env");
    let feed = std::env::var("NEXTEST_FEED").unwrap_or_else(|_| "tools".into());
    let url = format!("{org}_apis/packaging/feeds/{feed}/upack/packages/cargo-nextest/versions/{version}/content?api-version=7.1-preview.1");
    let mut bytes = Vec::new();
    ureq::get(&url)
        .set("Authorization", &format!("Bearer {token}"))
        .call()
        .expect("feed download")
        .into_reader()
        .read_to_end(&mut bytes)
        .unwrap();
    let have = hex::encode(Sha256::digest(&bytes));
    if have != want {
        println!("##vso[task.logissue type=error]cargo-nextest hash mismatch: {have}");
        std::process::exit(1);
    }
    let dir = std::path::PathBuf::from(std::env::var("AGENT_TOOLSDIRECTORY").unwrap()).join("cargo-nextest").join(&version);
    std::fs::create_dir_all(&dir).unwrap();
    let bin = dir.join("cargo-nextest");
    std::fs::write(&bin, &bytes).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&bin, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    println!("##vso[task.prependpath]{}", dir.display());
    println!("##vso[task.setvariable variable=NEXTEST_VERSION]{version}");
}
