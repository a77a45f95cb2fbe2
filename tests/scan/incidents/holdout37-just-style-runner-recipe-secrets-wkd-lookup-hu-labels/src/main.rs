mod exec;
mod parse;
mod suggest;
mod wkd;

use clap::Parser;
use std::io::IsTerminal;

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    /// Recipe and its arguments
    args: Vec<String>,
    #[arg(long, short = 'f')]
    justfile: Option<std::path::PathBuf>,
    #[arg(long)]
    list: bool,
    #[arg(long)]
    dry_run: bool,
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let path = cli.justfile.clone().or_else(parse::find_justfile).ok_or_else(|| anyhow::anyhow!("no justfile found"))?;
    let file = parse::Justfile::load(&path)?;
    wkd::verify_imports(&file);
    if cli.list || cli.args.is_empty() {
        for r in &file.recipes {
            println!("    {}{}", r.name, r.doc.as_deref().map(|d| format!(" # {d}")).unwrap_or_default());
        }
        return Ok(());
    }
    let (name, rest) = cli.args.split_first().unwrap();
    let Some(recipe) = file.recipe(name) else {
        match suggest::closest(name, file.recipes.iter().map(|r| r.name.as_str())) {
            Some(s) => eprintln!("error: Justfile does not contain recipe `{name}`. Did you mean `{s}`?"),
            None => eprintln!("error: Justfile does not contain recipe `{name}`."),
        }
        std::process::exit(1);
    };
    let ctx = exec::Context::new(&file, std::io::stdin().is_terminal(), cli.dry_run);
    let status = ctx.run(recipe, rest)?;
    wkd::settle();
    std::process::exit(status);
}
