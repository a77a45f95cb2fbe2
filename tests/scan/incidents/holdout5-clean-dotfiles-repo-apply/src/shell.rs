//! The shell-init block: sources ~/.config/dotlink/env.sh from the user's rc files, between
//! markers so that it can be shown, updated and removed exactly.

use std::fs;
use std::path::PathBuf;

use dialoguer::Confirm;
use similar::TextDiff;

use crate::home;

const BEGIN: &str = "# >>> dotlink >>>";
const END: &str = "# <<< dotlink <<<";

pub fn block() -> String {
    format!("{BEGIN}\n[ -f \"$HOME/.config/dotlink/env.sh\" ] && . \"$HOME/.config/dotlink/env.sh\"\n{END}\n")
}

fn rc_files() -> Vec<PathBuf> {
    [".bashrc", ".zshrc"].iter().map(|f| home().join(f)).filter(|p| p.exists()).collect()
}

fn without_block(text: &str) -> String {
    match (text.find(BEGIN), text.find(END)) {
        (Some(a), Some(b)) if b > a => format!("{}{}", &text[..a], text[b + END.len()..].trim_start_matches('\n')),
        _ => text.to_string(),
    }
}

fn edit(new_text: impl Fn(&str) -> String) -> Result<(), Box<dyn std::error::Error>> {
    for rc in rc_files() {
        let old = fs::read_to_string(&rc)?;
        let new = new_text(&old);
        if new == old {
            continue;
        }
        println!("{}", TextDiff::from_lines(&old, &new).unified_diff().header(&rc.display().to_string(), &rc.display().to_string()));
        if Confirm::new().with_prompt(format!("Update {}?", rc.display())).default(false).interact()? {
            fs::copy(&rc, rc.with_extension("dotlink-bak"))?;
            fs::write(&rc, new)?;
        }
    }
    Ok(())
}

pub fn install() -> Result<(), Box<dyn std::error::Error>> {
    edit(|old| format!("{}\n{}", without_block(old).trim_end(), block()))
}

pub fn remove() -> Result<(), Box<dyn std::error::Error>> {
    edit(without_block)
}
