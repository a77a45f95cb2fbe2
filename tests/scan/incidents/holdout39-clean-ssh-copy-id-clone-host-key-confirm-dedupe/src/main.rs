//! ssh-push-key user@host [-i ~/.ssh/id_ed25519.pub] [-p 22]
//!
//! Connects, shows the server's SHA256 host-key fingerprint and compares it with known_hosts
//! (asks if unknown, refuses if it differs), logs in with the password you type, and appends
//! the *public* key to ~/.ssh/authorized_keys unless it is already there (mode 0600, dir 0700).
//! Only the chosen .pub file is read; private keys are never touched.

use base64::Engine;
use sha2::{Digest, Sha256};
use std::io::{Read, Write};
use std::net::TcpStream;

fn main() -> anyhow::Result<()> {
    let a: Vec<String> = std::env::args().collect();
    let target = a.get(1).ok_or_else(|| anyhow::anyhow!("usage: ssh-push-key user@host"))?;
    let (user, host) = target.split_once('@').ok_or_else(|| anyhow::anyhow!("need user@host"))?;
    let port = a.iter().position(|x| x == "-p").and_then(|i| a.get(i + 1)).and_then(|p| p.parse().ok()).unwrap_or(22u16);
    let pubfile = a.iter().position(|x| x == "-i").and_then(|i| a.get(i + 1)).cloned()
        .unwrap_or_else(|| dirs::home_dir().unwrap().join(".ssh/id_ed25519.pub").display().to_string());
    anyhow::ensure!(pubfile.ends_with(".pub"), "-i must name a public key (.pub)");
    let key = std::fs::read_to_string(&pubfile)?.trim().to_owned();

    let mut s = ssh2::Session::new()?;
    s.set_tcp_stream(TcpStream::connect((host, port))?);
    s.handshake()?;
    let (hk, _) = s.host_key().ok_or_else(|| anyhow::anyhow!("no host key"))?;
    let fp = base64::engine::general_purpose::STANDARD_NO_PAD.encode(Sha256::digest(hk));
    let mut kh = s.known_hosts()?;
    let _ = kh.read_file(&dirs::home_dir().unwrap().join(".ssh/known_hosts"), ssh2::KnownHostFileKind::OpenSSH);
    match kh.check_port(host, port, hk) {
        ssh2::CheckResult::Match => {}
        ssh2::CheckResult::Mismatch => anyhow::bail!("HOST KEY MISMATCH for {host} (SHA256:{fp}); refusing"),
        _ => {
            print!("{host} is unknown, fingerprint SHA256:{fp}. Continue? [y/N] ");
            std::io::stdout().flush()?;
            let mut ans = String::new();
            std::io::stdin().read_line(&mut ans)?;
            anyhow::ensure!(ans.trim() == "y", "aborted");
        }
    }
    let pw = rpassword::prompt_password(format!("{user}@{host}'s password: "))?;
    s.userauth_password(user, &pw)?;
    let mut ch = s.channel_session()?;
    let quoted = key.replace('\'', "");
    ch.exec(&format!(
        "umask 077; mkdir -p ~/.ssh && touch ~/.ssh/authorized_keys && (grep -qxF '{quoted}' ~/.ssh/authorized_keys && echo present || (echo '{quoted}' >> ~/.ssh/authorized_keys && echo added))"
    ))?;
    let mut out = String::new();
    ch.read_to_string(&mut out)?;
    ch.wait_close()?;
    println!("{}: {}", pubfile, out.trim());
    Ok(())
}
