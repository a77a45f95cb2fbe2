//! Windows side: copies the Linux build into the distribution and registers the boot command.

use anyhow::{bail, Context, Result};
use std::process::Command;

fn wsl_root(distro: Option<&str>, script: &str) -> Result<()> {
    let mut cmd = Command::new("wsl.exe");
    if let Some(d) = distro {
        cmd.args(["-d", d]);
    }
    let status = cmd.args(["-u", "root", "-e", "sh", "-c", script]).status().context("wsl.exe")?;
    if !status.success() {
        bail!("wsl.exe exited with {status}");
    }
    Ok(())
}

pub fn run(distro: Option<&str>) -> Result<()> {
    if !cfg!(windows) {
        bail!("run `wsl-devsync setup` from Windows");
    }
    let exe = std::env::current_exe()?;
    let linux_build = exe.with_file_name("wsl-devsync-linux");
    let win_path = linux_build.display().to_string().replace('\\', "/");
    let drive = win_path.chars().next().unwrap_or('c').to_ascii_lowercase();
    let wsl_path = format!("/mnt/{drive}{}", &win_path[2..]);

    wsl_root(distro, &format!("install -m 0755 '{wsl_path}' /usr/local/bin/wsl-devsync"))?;
    wsl_root(distro, "apt-get install -y socat >/dev/null 2>&1 || true")?;
    // [boot] command runs as root every time the distribution starts
    let conf = r#"
f=/etc/wsl.conf
touch $f
if ! grep -q 'wsl-devsync agent' $f; then
  if grep -q '^\[boot\]' $f; then
    sed -i '/^\[boot\]/a command = /usr/local/bin/wsl-devsync agent --quiet' $f
  else
    printf '\n[boot]\ncommand = /usr/local/bin/wsl-devsync agent --quiet\n' >> $f
  fi
fi
"#;
    wsl_root(distro, conf)?;
    wsl_root(distro, "git config --system credential.helper '/mnt/c/Program\\ Files/Git/mingw64/bin/git-credential-manager.exe'")?;
    println!("done; run `wsl --shutdown` once so the boot command takes effect");
    Ok(())
}
