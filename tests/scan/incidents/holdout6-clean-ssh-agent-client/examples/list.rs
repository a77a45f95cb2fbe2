fn main() -> std::io::Result<()> {
    let mut agent = ssh_agent_wire::Agent::connect_env()?;
    let loaded = agent.identities()?;
    for id in &loaded {
        println!("loaded     {} {}", id.fingerprint(), id.comment);
    }
    for (path, id) in ssh_agent_wire::local_public_keys() {
        if !loaded.iter().any(|l| l.key_blob == id.key_blob) {
            println!("not loaded {} {}", id.fingerprint(), path.display());
        }
    }
    Ok(())
}
