mod context;
mod indexnow;
mod sitemap;
mod slug;

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::Command;

#[derive(Clone, Copy, ValueEnum, PartialEq)]
pub enum Provider {
    Netlify,
    Cloudflare,
    S3,
}

#[derive(Parser)]
#[command(version)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    Deploy {
        #[arg(long, value_enum)]
        provider: Provider,
        #[arg(long)]
        project: String,
        #[arg(long, default_value = "public")]
        output_dir: PathBuf,
        /// Skip the IndexNow ping.
        #[arg(long)]
        no_ping: bool,
    },
}

fn main() -> anyhow::Result<()> {
    let Cmd::Deploy { provider, project, output_dir, no_ping } = Cli::parse().cmd;
    let ctx = context::Context::detect(provider);
    context::mask_in_logs(&ctx);

    let status = Command::new("zola").args(["build", "--output-dir"]).arg(&output_dir).arg("--force").status()?;
    anyhow::ensure!(status.success(), "zola build failed");

    let previous = sitemap::load_previous(&ctx.cache_dir);
    let current = sitemap::read(&output_dir.join("sitemap.xml"))?;
    let changed = sitemap::changed(&previous, &current);
    println!("{} of {} pages changed", changed.len(), current.len());
    slug::check_slugs(&changed);

    ctx.upload(&project, &output_dir)?;
    sitemap::store(&ctx.cache_dir, &current);

    if !no_ping && !changed.is_empty() {
        indexnow::ping(&ctx, &current, &changed);
    }
    Ok(())
}
