mod calib;
mod gguf;
mod metadata;
mod publish;
mod quant;

use clap::{Parser, Subcommand, ValueEnum};
use safetensors::SafeTensors;
use std::path::PathBuf;

#[derive(Clone, Copy, ValueEnum)]
enum QType {
    F16,
    Q8_0,
    Q4_0,
}

#[derive(Subcommand)]
enum Cmd {
    /// Convert a checkpoint directory to GGUF.
    Convert {
        model: PathBuf,
        #[arg(short, long)]
        output: PathBuf,
        #[arg(long, value_enum, default_value = "q8_0")]
        qtype: QType,
    },
}

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

fn main() -> anyhow::Result<()> {
    let Cmd::Convert { model, output, qtype } = Cli::parse().cmd;
    let mut files: Vec<PathBuf> = std::fs::read_dir(&model)?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().map(|e| e == "safetensors").unwrap_or(false))
        .collect();
    files.sort();
    let maps: Vec<memmap2::Mmap> = files
        .iter()
        .map(|f| std::fs::File::open(f).and_then(|f| unsafe { memmap2::Mmap::map(&f) }))
        .collect::<Result<_, _>>()?;
    let mut writer = gguf::Writer::new();
    for m in &maps {
        let st = SafeTensors::deserialize(m)?;
        for (name, view) in st.tensors() {
            let f32s = quant::to_f32(view.dtype(), view.data());
            let dims: Vec<u64> = view.shape().iter().rev().map(|&d| d as u64).collect();
            let small = dims.len() == 1 || name.ends_with("norm.weight");
            let (ty, bytes) = match (qtype, small) {
                (_, true) | (QType::F16, _) => (gguf::GGML_TYPE_F16, quant::to_f16(&f32s)),
                (QType::Q8_0, _) => (gguf::GGML_TYPE_Q8_0, quant::quantize_q8_0(&f32s)),
                (QType::Q4_0, _) => (gguf::GGML_TYPE_Q4_0, quant::quantize_q4_0(&f32s)),
            };
            writer.add_tensor(&metadata::tensor_name(&name), dims, ty, bytes);
        }
    }
    let meta = metadata::build(&model, writer.tensor_count(), &output)?;
    for (k, v) in meta {
        writer.add_kv(k, v);
    }
    writer.write(&output)?;
    eprintln!("wrote {} tensors to {}", writer.tensor_count(), output.display());
    Ok(())
}
