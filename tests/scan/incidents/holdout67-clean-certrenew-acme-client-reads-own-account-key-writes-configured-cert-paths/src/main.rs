use acme_micro::{create_p384_key, Certificate, Directory, DirectoryUrl};
use serde::Deserialize;
use std::{fs, os::unix::fs::PermissionsExt, path::Path, time::Duration};

#[derive(Deserialize)]
struct Config { directory: String, contact: String, account_key: String, webroot: String, cert: Vec<CertCfg> }

#[derive(Deserialize)]
struct CertCfg { domains: Vec<String>, key: String, chain: String }

fn write_private(path: &str, data: &str) -> std::io::Result<()> {
    if let Some(p) = Path::new(path).parent() { fs::create_dir_all(p)?; }
    fs::write(path, data)?;
    fs::set_permissions(path, fs::Permissions::from_mode(0o600))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let cfg_path = std::env::args().nth(1).unwrap_or_else(|| "/etc/certrenew/certrenew.toml".into());
    let cfg: Config = toml::from_str(&fs::read_to_string(&cfg_path)?)?;
    let dir = Directory::from_url(DirectoryUrl::Other(&cfg.directory))?;
    let contact = vec![format!("mailto:{}", cfg.contact)];
    let acc = match fs::read_to_string(&cfg.account_key) {
        Ok(pem) => dir.load_account(&pem, contact)?,
        Err(_) => {
            let acc = dir.register_account(contact)?;
            write_private(&cfg.account_key, &acc.acme_private_key_pem()?)?;
            acc
        }
    };
    for c in &cfg.cert {
        let primary = &c.domains[0];
        let alt: Vec<&str> = c.domains[1..].iter().map(String::as_str).collect();
        let mut ord = acc.new_order(primary, &alt)?;
        let csr = loop {
            if let Some(csr) = ord.confirm_validations() { break csr; }
            for a in ord.authorizations()? {
                let ch = a.http_challenge().ok_or("no http-01 challenge")?;
                let p = Path::new(&cfg.webroot).join(".well-known/acme-challenge").join(ch.http_token());
                fs::create_dir_all(p.parent().unwrap())?;
                fs::write(&p, ch.http_proof()?)?;
                ch.validate(Duration::from_secs(5))?;
                let _ = fs::remove_file(&p);
            }
            ord.refresh()?;
        };
        let pkey = create_p384_key()?;
        let ord = csr.finalize_pkey(pkey, Duration::from_secs(5))?;
        let cert: Certificate = ord.download_cert()?;
        write_private(&c.key, cert.private_key())?;
        fs::write(&c.chain, cert.certificate())?;
        println!("renewed {} ({} days left)", primary, cert.valid_days_left()?);
    }
    Ok(())
}
