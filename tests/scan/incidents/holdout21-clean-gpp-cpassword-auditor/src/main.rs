mod cpassword;

use clap::Parser;
use serde::Serialize;
use std::path::{Path, PathBuf};

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    /// SYSVOL share or a local copy of it
    root: PathBuf,
    /// Decrypt and print the passwords (for rotation)
    #[arg(long)]
    reveal: bool,
    /// JSON output
    #[arg(long)]
    json: bool,
}

const FILES: &[&str] = &["Groups.xml", "Services.xml", "ScheduledTasks.xml", "DataSources.xml", "Printers.xml", "Drives.xml"];
const ACCOUNT_ATTRS: &[&str] = &["userName", "accountName", "runAs", "newName", "username"];

#[derive(Serialize)]
struct Finding {
    gpo: Option<String>,
    file: String,
    item: String,
    account: Option<String>,
    changed: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    password: Option<String>,
}

fn gpo_guid(path: &Path) -> Option<String> {
    path.ancestors()
        .filter_map(|p| p.file_name()?.to_str())
        .find(|n| n.starts_with('{') && n.ends_with('}') && n.len() == 38)
        .map(str::to_owned)
}

fn scan(path: &Path, reveal: bool, out: &mut Vec<Finding>) {
    let Ok(xml) = std::fs::read_to_string(path) else { return };
    let mut reader = quick_xml::Reader::from_str(&xml);
    let mut item = String::new();
    let mut changed = None;
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Start(e)) | Ok(quick_xml::events::Event::Empty(e)) => {
                let attrs: Vec<(String, String)> = e
                    .attributes()
                    .flatten()
                    .map(|a| (String::from_utf8_lossy(a.key.as_ref()).into_owned(), a.unescape_value().map(|v| v.into_owned()).unwrap_or_default()))
                    .collect();
                let get = |k: &str| attrs.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
                if let Some(name) = get("name") {
                    item = name;
                    changed = get("changed");
                }
                if let Some(c) = get("cpassword").filter(|c| !c.is_empty()) {
                    out.push(Finding {
                        gpo: gpo_guid(path),
                        file: path.display().to_string(),
                        item: item.clone(),
                        account: ACCOUNT_ATTRS.iter().find_map(|k| get(k)),
                        changed: changed.clone(),
                        password: if reveal { cpassword::decrypt(&c).ok() } else { None },
                    });
                }
            }
            Ok(quick_xml::events::Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
}

fn main() {
    let cli = Cli::parse();
    let mut findings = Vec::new();
    for entry in walkdir::WalkDir::new(&cli.root).into_iter().flatten() {
        let name = entry.file_name().to_string_lossy();
        if entry.file_type().is_file() && FILES.iter().any(|f| name.eq_ignore_ascii_case(f)) {
            scan(entry.path(), cli.reveal, &mut findings);
        }
    }
    if cli.json {
        println!("{}", serde_json::to_string_pretty(&findings).unwrap_or_default());
        return;
    }
    if findings.is_empty() {
        println!("no cpassword items found under {}", cli.root.display());
        return;
    }
    for f in &findings {
        println!(
            "{}  {}  item={:?} account={:?} changed={}",
            f.gpo.as_deref().unwrap_or("?"),
            f.file,
            f.item,
            f.account.as_deref().unwrap_or("-"),
            f.changed.as_deref().unwrap_or("-")
        );
        if let Some(p) = &f.password {
            println!("    password: {p}");
        }
    }
    println!("\n{} item(s) with embedded passwords: rotate those accounts and delete the items", findings.len());
    std::process::exit(2);
}
