//! FASTA/FASTQ reading and IUPAC helpers.

pub mod iupac;
mod panel;
mod record;

pub use record::{Reader, Record, ReadError};
