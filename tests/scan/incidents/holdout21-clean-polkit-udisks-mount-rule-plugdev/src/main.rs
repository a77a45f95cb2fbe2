use anyhow::{bail, Context};
use clap::{Parser, Subcommand};
use std::io::{BufRead, Write};
use std::path::Path;

const RULE_PATH: &str = "/etc/polkit-1/rules.d/50-mountkeeper.rules";

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Print the rule that would be installed
    Show(RuleArgs),
    /// Write the rule (needs root)
    Install {
        #[command(flatten)]
        rule: RuleArgs,
        #[arg(long)]
        yes: bool,
    },
    /// Remove the rule (needs root)
    Uninstall,
}

#[derive(clap::Args)]
struct RuleArgs {
    #[arg(long, default_value = "plugdev")]
    group: String,
    #[arg(long, default_value = "BACKUP")]
    label_prefix: String,
}

fn valid_token(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn render(args: &RuleArgs) -> anyhow::Result<String> {
    if !valid_token(&args.group) || !valid_token(&args.label_prefix) {
        bail!("group and label prefix may only contain letters, digits, '-' and '_'");
    }
    Ok(format!(
        r#"// Installed by mountkeeper {version}. Remove with `sudo mountkeeper uninstall`.
polkit.addRule(function(action, subject) {{
    if ((action.id == "org.freedesktop.udisks2.filesystem-mount" ||
         action.id == "org.freedesktop.udisks2.filesystem-mount-other-seat") &&
        subject.isInGroup("{group}") &&
        action.lookup("drive.removable") == "true" &&
        (action.lookup("id.label") || "").indexOf("{label}") == 0) {{
        return polkit.Result.YES;
    }}
}});
"#,
        version = env!("CARGO_PKG_VERSION"),
        group = args.group,
        label = args.label_prefix,
    ))
}

fn confirm(prompt: &str) -> bool {
    print!("{prompt} [y/N] ");
    let _ = std::io::stdout().flush();
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line).is_ok() && line.trim().eq_ignore_ascii_case("y")
}

fn main() -> anyhow::Result<()> {
    match Cli::parse().cmd {
        Cmd::Show(args) => print!("{}", render(&args)?),
        Cmd::Install { rule, yes } => {
            let text = render(&rule)?;
            println!("{RULE_PATH}:\n{text}");
            if !yes && !confirm("Install this rule?") {
                println!("nothing written");
                return Ok(());
            }
            std::fs::write(RULE_PATH, text).with_context(|| format!("writing {RULE_PATH} (run with sudo)"))?;
            println!("installed; polkitd picks up the rule automatically");
        }
        Cmd::Uninstall => {
            if Path::new(RULE_PATH).exists() {
                std::fs::remove_file(RULE_PATH).with_context(|| format!("removing {RULE_PATH}"))?;
                println!("removed {RULE_PATH}");
            } else {
                println!("no rule installed");
            }
        }
    }
    Ok(())
}
