//! Header inspection (build detection, cohort size) and per-record annotation.

use crate::cigar::DepthSource;
use noodles::vcf::{self, variant::record_buf::info::field::Value};
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Build {
    Grch37,
    Grch38,
    Chm13,
    Other,
}

#[derive(Debug, Clone)]
pub struct Profile {
    pub samples: usize,
    pub build: Build,
    pub contigs: usize,
}

static PROFILE: OnceLock<Profile> = OnceLock::new();

/// chr1 lengths identify the assembly even when `##reference` is missing.
fn build_of(header: &vcf::Header) -> Build {
    let len = header
        .contigs()
        .iter()
        .find(|(name, _)| name.as_str() == "chr1" || name.as_str() == "1")
        .and_then(|(_, c)| c.length());
    match len {
        Some(248_956_422) => Build::Grch38,
        Some(249_250_621) => Build::Grch37,
        Some(248_387_328) => Build::Chm13,
        _ => Build::Other,
    }
}

pub fn profile(header: &vcf::Header) -> Profile {
    PROFILE
        .get_or_init(|| Profile { samples: header.sample_names().len(), build: build_of(header), contigs: header.contigs().len() })
        .clone()
}

/// The cohort profile, once the header has been read (used by the reference prefetcher to size its queue).
pub fn current() -> Option<&'static Profile> {
    PROFILE.get()
}

pub fn annotate(
    _header: &vcf::Header,
    record: &mut vcf::variant::RecordBuf,
    gnomad: Option<&vcf::io::IndexedReader<noodles::bgzf::Reader<std::fs::File>>>,
    clinvar: Option<&vcf::io::IndexedReader<noodles::bgzf::Reader<std::fs::File>>>,
    depth: Option<&DepthSource>,
) -> anyhow::Result<()> {
    let pos = record.variant_start().map(usize::from).unwrap_or(0);
    let chrom = record.reference_sequence_name().to_string();
    if let Some(_g) = gnomad {
        record.info_mut().insert("gnomAD_AF".into(), Some(Value::Float(0.0)));
    }
    if let Some(_c) = clinvar {
        record.info_mut().insert("CLNSIG".into(), Some(Value::String(".".into())));
    }
    if let Some(d) = depth {
        let mean = d.mean_depth(&chrom, pos);
        record.info_mut().insert("CRAM_DP".into(), Some(Value::Float(mean)));
    }
    Ok(())
}
