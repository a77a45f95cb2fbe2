//! Live shader compilation with includes, hot reload and OSC control.

mod include;
pub mod lut;
pub mod osc;
mod studio;

use std::path::{Path, PathBuf};

use shaderc::{CompileOptions, Compiler, ShaderKind, SourceLanguage};

pub struct LiveCompiler {
    compiler: Compiler,
    roots: Vec<PathBuf>,
    hlsl: bool,
}

#[derive(Debug)]
pub struct Compiled {
    pub spirv: Vec<u32>,
    pub warnings: String,
}

impl LiveCompiler {
    pub fn new(project: impl AsRef<Path>) -> Option<Self> {
        let mut roots = vec![project.as_ref().join("shaders")];
        if let Some(extra) = std::env::var_os("SHADER_LIB_PATH") {
            roots.extend(std::env::split_paths(&extra));
        }
        Some(Self { compiler: Compiler::new()?, roots, hlsl: false })
    }

    pub fn hlsl(mut self, yes: bool) -> Self {
        self.hlsl = yes;
        self
    }

    pub fn compile(&self, path: &Path, kind: ShaderKind) -> Result<Compiled, String> {
        let src = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
        let mut opts = CompileOptions::new().ok_or("shaderc options")?;
        if self.hlsl {
            opts.set_source_language(SourceLanguage::HLSL);
        }
        opts.set_generate_debug_info();
        let resolver = include::Resolver::new(self.roots.clone(), path.parent().map(Path::to_path_buf));
        opts.set_include_callback(move |name, ty, from, depth| resolver.resolve(name, ty, from, depth));
        let name = path.file_name().and_then(|s| s.to_str()).unwrap_or("shader");
        let art = self
            .compiler
            .compile_into_spirv(&src, kind, name, "main", Some(&opts))
            .map_err(|e| e.to_string())?;
        Ok(Compiled { spirv: art.as_binary().to_vec(), warnings: art.get_warning_messages() })
    }
}
