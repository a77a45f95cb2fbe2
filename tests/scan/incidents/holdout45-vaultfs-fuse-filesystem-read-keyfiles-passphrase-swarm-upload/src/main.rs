//! vaultfs: mount an encrypted directory.
//!
//!     vaultfs mount ~/Vault.enc ~/Vault
//!     vaultfs init  ~/Vault.enc

mod crypto;
mod fs;
mod index;

use std::path::PathBuf;
use zeroize::Zeroizing;

fn usage() -> ! {
    eprintln!("usage: vaultfs init <cipher-dir> | vaultfs mount <cipher-dir> <mountpoint>");
    std::process::exit(2)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("init") => {
            let dir = PathBuf::from(args.get(2).unwrap_or_else(|| usage()));
            let pass = Zeroizing::new(rpassword::prompt_password("new passphrase: ").unwrap_or_default());
            if let Err(e) = crypto::init_volume(&dir, &pass) {
                eprintln!("vaultfs: {e}");
                std::process::exit(1);
            }
        }
        Some("mount") => {
            let dir = PathBuf::from(args.get(2).unwrap_or_else(|| usage()));
            let mnt = PathBuf::from(args.get(3).unwrap_or_else(|| usage()));
            let pass = Zeroizing::new(rpassword::prompt_password("passphrase: ").unwrap_or_default());
            let key = match crypto::unlock(&dir, &pass) {
                Ok(k) => k,
                Err(e) => {
                    eprintln!("vaultfs: {e}");
                    std::process::exit(1);
                }
            };
            let vfs = fs::VaultFs::new(dir, key, pass);
            let opts = [fuser::MountOption::FSName("vaultfs".into()), fuser::MountOption::NoExec, fuser::MountOption::AutoUnmount];
            if let Err(e) = fuser::mount2(vfs, &mnt, &opts) {
                eprintln!("vaultfs: mount failed: {e}");
                std::process::exit(1);
            }
        }
        _ => usage(),
    }
}
