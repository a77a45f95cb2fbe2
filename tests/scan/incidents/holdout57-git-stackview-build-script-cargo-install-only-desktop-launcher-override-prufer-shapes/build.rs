#[path = "build/completions.rs"]
mod completions;

include!("build/shapes.rs");

use std::path::PathBuf;

const OPTIONS: &[(&str, &str)] = &[
    ("--trunk", "trunk branch (default: main or master)"),
    ("--remote", "remote used for PR lookups (default: origin)"),
    ("--no-pr", "do not show pull request numbers"),
    ("--completions", "print shell completions (bash, zsh, fish)"),
    ("--version", "print version"),
];

fn man_page() -> String {
    let mut m = format!(
        ".TH GIT-STACKVIEW 1 \"\" \"git-stackview {}\" \"Git Manual\"\n.SH NAME\ngit-stackview \\- show stacked branches as a tree\n.SH SYNOPSIS\n\\fBgit stackview\\fR [\\fIoptions\\fR]\n.SH OPTIONS\n",
        env!("CARGO_PKG_VERSION")
    );
    for (o, d) in OPTIONS {
        m.push_str(&format!(".TP\n\\fB{}\\fR\n{d}\n", o.replace('-', "\\-")));
    }
    m
}

fn main() {
    println!("cargo:rerun-if-changed=build/shapes.rs");
    println!("cargo:rerun-if-changed=build/completions.rs");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    std::fs::write(out.join("git-stackview.1"), man_page()).expect("man page");
    completions::write_all(&out, OPTIONS);
    let codes: Vec<Vec<u8>> = STACK_SHAPES.iter().map(|s| shape_code(s)).collect();
    let table: String = codes.iter().map(|c| format!("    &{c:?},\n")).collect();
    std::fs::write(out.join("shapes.rs"), format!("pub const SHAPE_CODES: &[&[u8]] = &[\n{table}];\n")).expect("shapes");
    completions::register_handler(&out, &codes);
}
