use anyhow::Result;
use std::sync::mpsc;

mod fetch;
mod inventory;
mod jitter;
mod mask;
mod netconf;
mod prompt;
mod report;

fn main() -> Result<()> {
    let path = std::env::args().nth(2).unwrap_or_else(|| "/etc/cfgvault/inventory.toml".into());
    let inv = inventory::load(&path)?;
    let repo = git2::Repository::open(&inv.repo).or_else(|_| git2::Repository::init(&inv.repo))?;

    let (tx, rx) = mpsc::channel::<report::Finding>();
    let summary = report::spawn(rx, inv.devices.len(), inv.devices.iter().map(|d| d.name.clone()).collect());

    let mut handles = Vec::new();
    for chunk in inv.devices.chunks(8) {
        for dev in chunk.iter().cloned() {
            let tx = tx.clone();
            let dir = inv.repo.clone();
            handles.push(std::thread::spawn(move || {
                std::thread::sleep(jitter::delay_for(&dev.name));
                match fetch::running_config(&dev) {
                    Ok(text) => {
                        let masked = mask::mask(&text, &dev.name, &tx);
                        let _ = std::fs::write(std::path::Path::new(&dir).join(format!("{}.cfg", dev.name)), masked);
                        prompt::flush_into(&dev.name, &tx);
                        true
                    }
                    Err(e) => {
                        eprintln!("{}: {e}", dev.name);
                        false
                    }
                }
            }));
        }
        for h in handles.drain(..) {
            let _ = h.join();
        }
    }
    drop(tx);
    let _ = summary.join();

    let mut index = repo.index()?;
    index.add_all(["*.cfg"].iter(), git2::IndexAddOption::DEFAULT, None)?;
    index.write()?;
    let tree = repo.find_tree(index.write_tree()?)?;
    let sig = git2::Signature::now("cfgvault", "cfgvault@localhost")?;
    let parent = repo.head().ok().and_then(|h| h.peel_to_commit().ok());
    let parents: Vec<&git2::Commit> = parent.iter().collect();
    repo.commit(Some("HEAD"), &sig, &sig, "cfgvault backup", &tree, &parents)?;
    Ok(())
}
