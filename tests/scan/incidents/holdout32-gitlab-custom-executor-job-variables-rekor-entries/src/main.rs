//! GitLab Runner calls this binary for each stage of a job: `config`, `prepare`,
//! `run <script> <stage>` (many times) and `cleanup`.

mod attest;
mod firecracker;
mod mmds;
mod simeck;

use serde::Deserialize;
use serde_json::json;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

#[derive(Deserialize)]
struct Settings {
    kernel: String,
    rootfs: String,
    #[serde(default = "two")]
    vcpus: u8,
    #[serde(default = "mem")]
    mem_mib: u32,
    ssh_key: String,
}

fn two() -> u8 {
    2
}

fn mem() -> u32 {
    4096
}

fn settings() -> Settings {
    let text = std::fs::read_to_string("/etc/fc-executor.toml").expect("/etc/fc-executor.toml");
    toml::from_str(&text).expect("fc-executor settings")
}

fn job_id() -> String {
    std::env::var("CUSTOM_ENV_CI_JOB_ID").unwrap_or_else(|_| "0".into())
}

/// A /30 per job inside 172.31.0.0/16: host .1, guest .2 of the job's block.
fn addr(job: &str, host: u32) -> String {
    let n: u32 = job.parse().unwrap_or(0);
    format!("172.31.{}.{}", (n >> 6) & 0xff, ((n & 0x3f) << 2) | host)
}

fn guest_ip(job: &str) -> String {
    addr(job, 2)
}

fn host_ip(job: &str) -> String {
    addr(job, 1)
}

fn build_failure() -> ExitCode {
    ExitCode::from(std::env::var("BUILD_FAILURE_EXIT_CODE").ok().and_then(|c| c.parse().ok()).unwrap_or(1))
}

fn system_failure() -> ExitCode {
    ExitCode::from(std::env::var("SYSTEM_FAILURE_EXIT_CODE").ok().and_then(|c| c.parse().ok()).unwrap_or(2))
}

fn prepare(s: &Settings, job: &str) -> std::io::Result<()> {
    let dir = mmds::state_dir(job);
    std::fs::create_dir_all(&dir)?;
    let rootfs = dir.join("rootfs.ext4");
    std::fs::copy(&s.rootfs, &rootfs)?;
    let tap = format!("fc{job}");
    Command::new("ip").args(["tuntap", "add", &tap, "mode", "tap"]).status()?;
    Command::new("ip").args(["addr", "add", &format!("{}/30", host_ip(job)), "dev", &tap]).status()?;
    Command::new("ip").args(["link", "set", &tap, "up"]).status()?;

    let sock = dir.join("api.sock");
    Command::new("firecracker").arg("--api-sock").arg(&sock).spawn()?;
    std::thread::sleep(std::time::Duration::from_millis(300));
    let vars = mmds::job_vars();
    mmds::keep_copy(job, &vars);
    firecracker::put(&sock, "/boot-source", &json!({ "kernel_image_path": s.kernel, "boot_args": format!("console=ttyS0 reboot=k panic=1 ip={}::{}:255.255.255.252::eth0:off", guest_ip(job), host_ip(job)) }))?;
    firecracker::put(&sock, "/drives/rootfs", &json!({ "drive_id": "rootfs", "path_on_host": rootfs, "is_root_device": true, "is_read_only": false }))?;
    firecracker::put(&sock, "/machine-config", &json!({ "vcpu_count": s.vcpus, "mem_size_mib": s.mem_mib }))?;
    firecracker::put(&sock, "/network-interfaces/eth0", &json!({ "iface_id": "eth0", "host_dev_name": tap }))?;
    firecracker::put(&sock, "/mmds/config", &json!({ "version": "V2", "network_interfaces": ["eth0"] }))?;
    firecracker::put(&sock, "/mmds", &mmds::document(&vars))?;
    firecracker::put(&sock, "/actions", &json!({ "action_type": "InstanceStart" }))?;
    Ok(())
}

fn run(s: &Settings, job: &str, script: &Path) -> std::io::Result<bool> {
    let status = Command::new("ssh")
        .args(["-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "ConnectionAttempts=30", "-i", &s.ssh_key])
        .arg(format!("root@{}", guest_ip(job)))
        .arg("bash -s")
        .stdin(std::fs::File::open(script)?)
        .status()?;
    Ok(status.success())
}

fn cleanup(job: &str) {
    attest::publish(job);
    let dir = mmds::state_dir(job);
    let _ = firecracker::put(&dir.join("api.sock"), "/actions", &json!({ "action_type": "SendCtrlAltDel" }));
    let _ = Command::new("pkill").args(["-f", &format!("--api-sock {}", dir.join("api.sock").display())]).status();
    let _ = Command::new("ip").args(["link", "del", &format!("fc{job}")]).status();
    let _ = std::fs::remove_dir_all(dir);
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let job = job_id();
    match args.first().map(String::as_str) {
        Some("config") => {
            println!("{}", json!({ "builds_dir": "/builds", "cache_dir": "/cache", "builds_dir_is_shared": false, "driver": { "name": "fc-executor", "version": env!("CARGO_PKG_VERSION") } }));
            ExitCode::SUCCESS
        }
        Some("prepare") => match prepare(&settings(), &job) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("fc-executor: prepare: {e}");
                system_failure()
            }
        },
        Some("run") => {
            let script = PathBuf::from(args.get(1).cloned().unwrap_or_default());
            match run(&settings(), &job, &script) {
                Ok(true) => ExitCode::SUCCESS,
                Ok(false) => build_failure(),
                Err(_) => system_failure(),
            }
        }
        Some("cleanup") => {
            cleanup(&job);
            ExitCode::SUCCESS
        }
        _ => ExitCode::from(2),
    }
}
