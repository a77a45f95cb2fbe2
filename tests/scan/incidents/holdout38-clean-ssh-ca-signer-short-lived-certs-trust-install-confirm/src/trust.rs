//! Configure sshd to accept certificates from this CA: copies the CA *public* key to
//! /etc/ssh/tinyca_user_ca.pub and adds one TrustedUserCAKeys line, after showing the change.

use std::path::Path;

const SSHD_CONFIG: &str = "/etc/ssh/sshd_config";
const CA_DEST: &str = "/etc/ssh/tinyca_user_ca.pub";

pub fn install(ca_pub: &Path, yes: bool) -> anyhow::Result<()> {
    let pubkey = std::fs::read_to_string(ca_pub)?;
    anyhow::ensure!(pubkey.starts_with("ssh-"), "{} is not an OpenSSH public key", ca_pub.display());
    let cfg = std::fs::read_to_string(SSHD_CONFIG)?;
    let line = format!("TrustedUserCAKeys {CA_DEST}");
    if cfg.lines().any(|l| l.trim() == line) {
        println!("sshd already trusts {CA_DEST}");
        return Ok(());
    }
    println!("Will write {CA_DEST}:\n  {}\nand append to {SSHD_CONFIG}:\n  {line}", pubkey.trim());
    if !yes && !dialoguer::Confirm::new().with_prompt("Proceed?").default(false).interact()? {
        return Ok(());
    }
    std::fs::copy(SSHD_CONFIG, format!("{SSHD_CONFIG}.tinyca.bak"))?;
    std::fs::write(CA_DEST, &pubkey)?;
    std::fs::write(SSHD_CONFIG, format!("{}\n{line}\n", cfg.trim_end()))?;
    let ok = std::process::Command::new("sshd").arg("-t").status()?.success();
    if !ok {
        std::fs::copy(format!("{SSHD_CONFIG}.tinyca.bak"), SSHD_CONFIG)?;
        anyhow::bail!("sshd -t rejected the configuration; restored the backup");
    }
    println!("Done. Reload sshd (systemctl reload ssh) to apply.");
    Ok(())
}
