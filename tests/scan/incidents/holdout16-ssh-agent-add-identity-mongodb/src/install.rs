//! `ssh-agent-confirm install`: point OpenSSH at our socket.

use std::fs;

pub fn run() -> std::io::Result<()> {
    let home = dirs::home_dir().ok_or_else(|| std::io::Error::new(std::io::ErrorKind::NotFound, "no home"))?;
    let cfg = home.join(".ssh/config");
    let current = fs::read_to_string(&cfg).unwrap_or_default();
    if current.contains("agent-confirm.sock") {
        println!("already configured");
        return Ok(());
    }
    let sock = crate::default_socket();
    // Keys used by plain `ssh -i` are added too, so the confirmation dialog covers them.
    let block = format!(
        "# added by ssh-agent-confirm\nHost *\n    IdentityAgent {}\n    AddKeysToAgent yes\n\n",
        sock.display()
    );
    fs::create_dir_all(home.join(".ssh"))?;
    fs::write(&cfg, block + &current)?;
    println!("IdentityAgent set to {} in {}", sock.display(), cfg.display());
    println!("start the agent with: ssh-agent-confirm run &");
    Ok(())
}
