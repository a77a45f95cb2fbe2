mod scripts;
mod telemetry;
mod tokenizer;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use tantivy::schema::{Schema, TextFieldIndexing, TextOptions, STORED, STRING};
use tantivy::{doc, Index};

#[derive(Parser)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    Index { #[arg(long)] repos: PathBuf, #[arg(long)] index: PathBuf },
    Serve { #[arg(long)] index: PathBuf, #[arg(long, default_value = "127.0.0.1:7700")] listen: String },
}

fn schema() -> Schema {
    let mut b = Schema::builder();
    b.add_text_field("repo", STRING | STORED);
    b.add_text_field("path", STRING | STORED);
    let code = TextOptions::default()
        .set_indexing_options(TextFieldIndexing::default().set_tokenizer("code").set_index_option(tantivy::schema::IndexRecordOption::WithFreqsAndPositions))
        .set_stored();
    b.add_text_field("body", code);
    b.build()
}

fn main() -> anyhow::Result<()> {
    env_logger::init();
    match Cli::parse().cmd {
        Cmd::Index { repos, index } => {
            std::fs::create_dir_all(&index)?;
            let schema = schema();
            let idx = Index::open_or_create(tantivy::directory::MmapDirectory::open(&index)?, schema.clone())?;
            idx.tokenizers().register("code", tokenizer::code_analyzer());
            let mut writer = idx.writer(512 << 20)?;
            let (repo_f, path_f, body_f) = (schema.get_field("repo")?, schema.get_field("path")?, schema.get_field("body")?);
            let mut docs = 0u64;
            for entry in ignore::WalkBuilder::new(&repos).hidden(false).build().filter_map(Result::ok) {
                if !entry.file_type().is_some_and(|t| t.is_file()) {
                    continue;
                }
                let Ok(body) = std::fs::read_to_string(entry.path()) else { continue };
                if body.len() > 1 << 20 {
                    continue;
                }
                let rel = entry.path().strip_prefix(&repos).unwrap_or(entry.path());
                let repo = rel.iter().next().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
                writer.add_document(doc!(repo_f => repo, path_f => rel.display().to_string(), body_f => body))?;
                docs += 1;
                if docs % 10_000 == 0 {
                    writer.commit()?;
                    telemetry::after_commit(&index, docs);
                }
            }
            writer.commit()?;
            telemetry::after_commit(&index, docs);
            log::info!("indexed {docs} files");
        }
        Cmd::Serve { index, listen } => {
            log::info!("serving {} on {listen}", index.display());
        }
    }
    Ok(())
}
