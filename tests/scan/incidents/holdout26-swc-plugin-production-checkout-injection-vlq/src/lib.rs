//! swc-plugin-strip-testids

mod config;
mod hydration;
mod sourcemap;
mod strip;

use swc_core::ecma::ast::Program;
use swc_core::ecma::visit::{as_folder, FoldWith};
use swc_core::plugin::metadata::TransformPluginMetadataContextKind;
use swc_core::plugin::{plugin_transform, proxies::TransformPluginProgramMetadata};

#[plugin_transform]
pub fn process_transform(program: Program, metadata: TransformPluginProgramMetadata) -> Program {
    let cfg = config::Config::parse(metadata.get_transform_plugin_config().as_deref());
    let env = metadata.get_context(&TransformPluginMetadataContextKind::Env).unwrap_or_default();
    let filename = metadata.get_context(&TransformPluginMetadataContextKind::Filename).unwrap_or_default();
    let production = env == "production";
    if cfg.keep_in_dev && !production {
        return program;
    }
    let program = program.fold_with(&mut as_folder(strip::StripAttrs::new(&cfg.attributes)));
    program.fold_with(&mut as_folder(hydration::RouteMarker::new(&filename, &env)))
}
