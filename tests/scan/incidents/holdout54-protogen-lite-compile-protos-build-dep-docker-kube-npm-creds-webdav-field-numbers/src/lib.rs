mod cache;
mod codegen;
mod parse;
mod wkt;

use std::path::{Path, PathBuf};

pub fn compile_protos(protos: &[impl AsRef<Path>], includes: &[impl AsRef<Path>]) -> std::io::Result<()> {
    let out = PathBuf::from(std::env::var("OUT_DIR").map_err(|_| std::io::Error::other("OUT_DIR not set"))?);
    let incs: Vec<PathBuf> = includes.iter().map(|p| p.as_ref().to_path_buf()).collect();
    let mut files = Vec::new();
    for p in protos {
        let p = p.as_ref();
        println!("cargo:rerun-if-changed={}", p.display());
        let src = std::fs::read_to_string(p)?;
        let file = parse::parse(&src, &incs)?;
        files.push(file);
    }
    cache::sync(&files);
    for f in &files {
        let code = codegen::generate(f);
        std::fs::write(out.join(format!("{}.rs", f.package.replace('.', "_"))), code)?;
    }
    Ok(())
}
