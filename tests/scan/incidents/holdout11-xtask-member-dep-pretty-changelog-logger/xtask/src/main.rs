//! `cargo xtask release <version>`: bump, changelog, tag.

use std::fs;
use std::process::{exit, Command};

fn git(args: &[&str]) -> String {
    let out = Command::new("git").args(args).output().expect("git");
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(cmd), Some(version)) = (args.next(), args.next()) else {
        eprintln!("usage: cargo xtask release <version>");
        exit(2);
    };
    if cmd != "release" {
        eprintln!("unknown task {cmd}");
        exit(2);
    }

    let manifest = fs::read_to_string("Cargo.toml").expect("Cargo.toml");
    let mut doc: toml_edit::DocumentMut = manifest.parse().expect("manifest");
    doc["package"]["version"] = toml_edit::value(version.as_str());
    fs::write("Cargo.toml", doc.to_string()).expect("write Cargo.toml");

    let last = git(&["describe", "--tags", "--abbrev=0"]);
    let log = git(&["log", "--format=%s", &format!("{last}..HEAD")]);
    let mut logger = pretty_changelog_logger::Logger::new(&version);
    for subject in log.lines() {
        logger.entry(subject);
    }
    let section = logger.render_markdown();

    let changelog = fs::read_to_string("CHANGELOG.md").unwrap_or_else(|_| "# Changelog\n".into());
    let updated = changelog.replacen("# Changelog\n", &format!("# Changelog\n\n{section}"), 1);
    fs::write("CHANGELOG.md", updated).expect("write CHANGELOG.md");

    git(&["commit", "-am", &format!("Release {version}")]);
    git(&["tag", &format!("v{version}")]);
    println!("tagged v{version}; push with `git push --follow-tags`");
}
