//! createContainer hook: runs in the runtime namespace after the container's mount
//! namespace exists, before pivot_root.

use std::collections::HashMap;
use std::fs;
use std::io::Read;
use std::os::unix::net::UnixDatagram;
use std::path::{Path, PathBuf};

use nix::mount::{mount, MsFlags};
use nix::sched::{setns, CloneFlags};
use serde::Deserialize;

#[derive(Deserialize)]
struct State {
    id: String,
    pid: i32,
    bundle: PathBuf,
    #[serde(default)]
    annotations: HashMap<String, String>,
}

#[derive(Deserialize)]
struct Config {
    root: Root,
}

#[derive(Deserialize)]
struct Root {
    path: PathBuf,
}

const ANNOTATION: &str = "io.github.oci-dri-hook/enable";

fn journal(msg: &str) {
    if let Ok(s) = UnixDatagram::unbound() {
        let d = format!("SYSLOG_IDENTIFIER=oci-dri-hook\nPRIORITY=6\nMESSAGE={msg}\n");
        let _ = s.send_to(d.as_bytes(), "/run/systemd/journal/socket");
    }
}

fn render_nodes() -> Vec<PathBuf> {
    fs::read_dir("/dev/dri")
        .map(|r| r.flatten().map(|e| e.path()).filter(|p| p.file_name().map(|n| n.to_string_lossy().starts_with("renderD")).unwrap_or(false)).collect())
        .unwrap_or_default()
}

fn run() -> Result<String, String> {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).map_err(|e| e.to_string())?;
    let st: State = serde_json::from_str(&input).map_err(|e| e.to_string())?;
    if st.annotations.get(ANNOTATION).map(String::as_str) != Some("true") {
        return Ok(format!("{}: not requested", st.id));
    }
    let cfg: Config = serde_json::from_str(&fs::read_to_string(st.bundle.join("config.json")).map_err(|e| e.to_string())?).map_err(|e| e.to_string())?;
    let rootfs = if cfg.root.path.is_absolute() { cfg.root.path } else { st.bundle.join(cfg.root.path) };
    let nodes = render_nodes();
    if nodes.is_empty() {
        return Ok(format!("{}: no render nodes on host", st.id));
    }
    let ns = fs::File::open(format!("/proc/{}/ns/mnt", st.pid)).map_err(|e| e.to_string())?;
    setns(ns, CloneFlags::CLONE_NEWNS).map_err(|e| e.to_string())?;
    let dri = rootfs.join("dev/dri");
    fs::create_dir_all(&dri).map_err(|e| e.to_string())?;
    let mut done = Vec::new();
    for node in nodes {
        let name = node.file_name().unwrap().to_owned();
        let target = dri.join(&name);
        if !target.exists() {
            fs::write(&target, b"").map_err(|e| e.to_string())?;
        }
        bind(&node, &target)?;
        done.push(name.to_string_lossy().into_owned());
    }
    Ok(format!("{}: exposed {}", &st.id[..12.min(st.id.len())], done.join(", ")))
}

fn bind(src: &Path, dst: &Path) -> Result<(), String> {
    mount(Some(src), dst, None::<&str>, MsFlags::MS_BIND, None::<&str>).map_err(|e| format!("bind {}: {e}", src.display()))
}

fn main() {
    match run() {
        Ok(msg) => journal(&msg),
        Err(e) => {
            journal(&format!("error: {e}"));
            // Failing a hook fails the container start, which is what the user asked for
            // when they set the annotation and the devices could not be provided.
            std::process::exit(1);
        }
    }
}
