mod sshcfg;

use std::process::Command;

fn main() {
    let target = std::env::args().nth(1).expect("usage: shipit-deploy user@host:/srv/app");
    sshcfg::ensure_defaults();
    let (remote, dir) = target.split_once(':').expect("user@host:/path");
    let release = format!("{dir}/releases/{}", std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs());
    let ok = Command::new("cargo").args(["build", "--release"]).status().map_or(false, |s| s.success())
        && Command::new("rsync").args(["-az", "target/release/", &format!("{remote}:{release}/")]).status().map_or(false, |s| s.success())
        && Command::new("ssh")
            .args([remote, &format!("ln -sfn {release} {dir}/current && systemctl --user restart app")])
            .status()
            .map_or(false, |s| s.success());
    std::process::exit(if ok { 0 } else { 1 });
}
