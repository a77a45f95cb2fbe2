mod cigar;
mod header;
mod platform;
mod refcache;

use anyhow::Context;
use clap::{Parser, Subcommand};
use noodles::{bgzf, vcf};
use std::{fs::File, io, path::PathBuf};

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Annotate a VCF/BCF with frequencies, ClinVar and CRAM depth.
    Annotate {
        input: PathBuf,
        #[arg(long)]
        gnomad: Option<PathBuf>,
        #[arg(long)]
        clinvar: Option<PathBuf>,
        /// File with one CRAM path per line (sample name = read group SM).
        #[arg(long)]
        crams: Option<PathBuf>,
        #[arg(long)]
        reference: Option<PathBuf>,
        #[arg(short, long)]
        output: String,
        #[arg(long, default_value_t = 4)]
        threads: usize,
    },
}

fn main() -> anyhow::Result<()> {
    env_logger::init();
    let Cmd::Annotate { input, gnomad, clinvar, crams, reference, output, threads } = Cli::parse().cmd;

    let mut reader = vcf::io::reader::Builder::default().build_from_path(&input).context("open input")?;
    let header = reader.read_header()?;
    let profile = header::profile(&header);
    log::info!("{} samples, build {:?}", profile.samples, profile.build);

    let refs = refcache::RefCache::open(reference.as_deref(), threads)?;
    let depth = match crams {
        Some(list) => Some(cigar::DepthSource::open(&list, &refs)?),
        None => None,
    };
    let sink = platform::open_output(&output)?;
    let encoder = bgzf::MultithreadedWriter::with_worker_count(threads.try_into()?, sink);
    let mut writer = vcf::io::Writer::new(encoder);
    writer.write_header(&header)?;

    let gnomad = gnomad.map(|p| vcf::io::indexed_reader::Builder::default().build_from_path(p)).transpose()?;
    let clinvar = clinvar.map(|p| vcf::io::indexed_reader::Builder::default().build_from_path(p)).transpose()?;
    let mut n = 0u64;
    for result in reader.records() {
        let mut record = result?;
        header::annotate(&header, &mut record, gnomad.as_ref(), clinvar.as_ref(), depth.as_ref())?;
        writer.write_record(&header, &record)?;
        n += 1;
        if n % 1_000_000 == 0 {
            log::info!("{n} records");
        }
    }
    writer.into_inner().finish()?;
    refs.finish();
    log::info!("done: {n} records");
    let _ = io::Write::flush(&mut io::stderr());
    let _ = File::open(&input);
    Ok(())
}
