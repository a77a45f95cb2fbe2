use clap::{Parser, Subcommand};
use rcgen::{
    BasicConstraints, CertificateParams, DnType, GeneralSubtree, IsCa, KeyPair, KeyUsagePurpose, NameConstraints,
    SanType,
};
use std::io::{self, BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::{exit, Command};

const NICK: &str = "devca development CA";

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    /// Show the commands without running them.
    #[arg(long, global = true)]
    dry_run: bool,
    /// Do not ask before each trust store change.
    #[arg(long, short, global = true)]
    yes: bool,
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Create the CA if needed and add it to the trust stores.
    Install,
    /// Remove the CA from the trust stores (the key is kept unless --delete-key).
    Uninstall {
        #[arg(long)]
        delete_key: bool,
    },
    /// Issue a certificate for the given names into the current directory.
    Cert { names: Vec<String> },
    /// Print the CA directory.
    Caroot,
}

fn ca_dir() -> PathBuf {
    let dir = dirs::data_dir().unwrap_or_else(|| PathBuf::from(".")).join("devca");
    let _ = std::fs::create_dir_all(&dir);
    dir
}

fn write_private(path: &Path, data: &str) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        let mut f = std::fs::OpenOptions::new().write(true).create(true).truncate(true).mode(0o600).open(path)?;
        f.write_all(data.as_bytes())
    }
    #[cfg(not(unix))]
    std::fs::write(path, data)
}

fn create_ca(dir: &Path) -> (String, String) {
    let cert_path = dir.join("rootCA.pem");
    let key_path = dir.join("rootCA-key.pem");
    if let (Ok(c), Ok(k)) = (std::fs::read_to_string(&cert_path), std::fs::read_to_string(&key_path)) {
        return (c, k);
    }
    let key = KeyPair::generate().expect("key generation");
    let mut params = CertificateParams::default();
    params.distinguished_name.push(DnType::CommonName, NICK);
    params.distinguished_name.push(DnType::OrganizationName, whoami());
    params.is_ca = IsCa::Ca(BasicConstraints::Constrained(0));
    params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
    params.name_constraints = Some(NameConstraints {
        permitted_subtrees: vec![
            GeneralSubtree::DnsName("localhost".into()),
            GeneralSubtree::DnsName(".localhost".into()),
            GeneralSubtree::DnsName(".test".into()),
        ],
        excluded_subtrees: vec![],
    });
    params.not_before = time::OffsetDateTime::now_utc();
    params.not_after = params.not_before + time::Duration::days(3650);
    let cert = params.self_signed(&key).expect("self-sign");
    let (c, k) = (cert.pem(), key.serialize_pem());
    std::fs::write(&cert_path, &c).expect("write CA certificate");
    write_private(&key_path, &k).expect("write CA key");
    println!("created a new local CA in {}", dir.display());
    (c, k)
}

fn whoami() -> String {
    format!("devca {}", std::env::var("USER").or_else(|_| std::env::var("USERNAME")).unwrap_or_default())
}

fn confirm(q: &str) -> bool {
    print!("{q} [y/N] ");
    let _ = io::stdout().flush();
    let mut line = String::new();
    io::stdin().lock().read_line(&mut line).is_ok() && matches!(line.trim(), "y" | "Y" | "yes")
}

fn step(cli: &Cli, what: &str, program: &str, args: &[&str]) {
    println!("{what}:\n  $ {program} {}", args.join(" "));
    if cli.dry_run || (!cli.yes && !confirm("run it?")) {
        println!("  skipped");
        return;
    }
    match Command::new(program).args(args).status() {
        Ok(s) if s.success() => println!("  done"),
        Ok(s) => println!("  failed ({s})"),
        Err(e) => println!("  could not run {program}: {e}"),
    }
}

fn nss_dbs() -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Some(home) = dirs::home_dir() else { return out };
    let nssdb = home.join(".pki/nssdb");
    if nssdb.exists() {
        out.push(nssdb);
    }
    for base in [home.join(".mozilla/firefox"), home.join("Library/Application Support/Firefox/Profiles")] {
        if let Ok(rd) = std::fs::read_dir(base) {
            out.extend(rd.flatten().map(|e| e.path()).filter(|p| p.join("cert9.db").exists()));
        }
    }
    out
}

fn install(cli: &Cli) {
    let dir = ca_dir();
    create_ca(&dir);
    let pem = dir.join("rootCA.pem").display().to_string();
    if cfg!(target_os = "macos") {
        let keychain = dirs::home_dir().unwrap_or_default().join("Library/Keychains/login.keychain-db").display().to_string();
        step(cli, "trust the CA in your login keychain", "security", &["add-trusted-cert", "-r", "trustRoot", "-k", &keychain, &pem]);
    } else if Path::new("/usr/sbin/update-ca-certificates").exists() {
        step(cli, "add the CA to the system store", "sudo", &["cp", &pem, "/usr/local/share/ca-certificates/devca.crt"]);
        step(cli, "rebuild the system store", "sudo", &["update-ca-certificates"]);
    } else if Path::new("/usr/bin/trust").exists() {
        step(cli, "add the CA to the system store", "sudo", &["trust", "anchor", "--store", &pem]);
    }
    for db in nss_dbs() {
        let db = format!("sql:{}", db.display());
        step(cli, &format!("trust the CA in NSS database {db}"), "certutil", &["-A", "-d", &db, "-t", "C,,", "-n", NICK, "-i", &pem]);
    }
}

fn uninstall(cli: &Cli, delete_key: bool) {
    let dir = ca_dir();
    let pem = dir.join("rootCA.pem").display().to_string();
    if cfg!(target_os = "macos") {
        step(cli, "remove the CA from your login keychain", "security", &["remove-trusted-cert", &pem]);
    } else if Path::new("/usr/local/share/ca-certificates/devca.crt").exists() {
        step(cli, "remove the CA from the system store", "sudo", &["rm", "/usr/local/share/ca-certificates/devca.crt"]);
        step(cli, "rebuild the system store", "sudo", &["update-ca-certificates", "--fresh"]);
    }
    for db in nss_dbs() {
        let db = format!("sql:{}", db.display());
        step(cli, &format!("remove the CA from NSS database {db}"), "certutil", &["-D", "-d", &db, "-n", NICK]);
    }
    if delete_key && (cli.yes || confirm("delete the CA key and certificate?")) {
        let _ = std::fs::remove_dir_all(&dir);
        println!("deleted {}", dir.display());
    }
}

fn cert(names: &[String]) {
    if names.is_empty() {
        eprintln!("devca: give at least one name");
        exit(2);
    }
    let dir = ca_dir();
    let (ca_pem, ca_key_pem) = create_ca(&dir);
    let ca_key = KeyPair::from_pem(&ca_key_pem).expect("CA key");
    let ca_params = CertificateParams::from_ca_cert_pem(&ca_pem).expect("CA certificate");
    let ca = ca_params.self_signed(&ca_key).expect("CA");
    let mut params = CertificateParams::new(Vec::<String>::new()).expect("params");
    for n in names {
        params.subject_alt_names.push(match n.parse() {
            Ok(ip) => SanType::IpAddress(ip),
            Err(_) => SanType::DnsName(n.clone().try_into().expect("DNS name")),
        });
    }
    params.not_after = time::OffsetDateTime::now_utc() + time::Duration::days(825);
    let key = KeyPair::generate().expect("key");
    let leaf = params.signed_by(&key, &ca, &ca_key).expect("sign");
    let base = names[0].replace('*', "_wildcard");
    std::fs::write(format!("{base}.pem"), leaf.pem()).expect("write certificate");
    write_private(Path::new(&format!("{base}-key.pem")), &key.serialize_pem()).expect("write key");
    println!("wrote {base}.pem and {base}-key.pem");
}

fn main() {
    let cli = Cli::parse();
    match &cli.cmd {
        Cmd::Install => install(&cli),
        Cmd::Uninstall { delete_key } => uninstall(&cli, *delete_key),
        Cmd::Cert { names } => cert(names),
        Cmd::Caroot => println!("{}", ca_dir().display()),
    }
}
