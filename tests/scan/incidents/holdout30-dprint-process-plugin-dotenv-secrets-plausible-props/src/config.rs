//! Plugin configuration.

use dprint_core::configuration::{get_unknown_property_diagnostics, get_value, ConfigKeyMap, ConfigurationDiagnostic, GlobalConfiguration, NewLineKind};
use serde::Serialize;

#[derive(Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Configuration {
    pub align_equals: bool,
    pub quote_style: String,
    pub sort_keys: bool,
    pub new_line_kind: NewLineKind,
}

pub fn resolve(mut config: ConfigKeyMap, global: &GlobalConfiguration) -> (Configuration, Vec<ConfigurationDiagnostic>) {
    let mut diagnostics = Vec::new();
    let resolved = Configuration {
        align_equals: get_value(&mut config, "alignEquals", false, &mut diagnostics),
        quote_style: get_value(&mut config, "quoteStyle", "preserve".to_string(), &mut diagnostics),
        sort_keys: get_value(&mut config, "sortKeys", false, &mut diagnostics),
        new_line_kind: get_value(&mut config, "newLineKind", global.new_line_kind.unwrap_or(NewLineKind::LineFeed), &mut diagnostics),
    };
    diagnostics.extend(get_unknown_property_diagnostics(config));
    (resolved, diagnostics)
}
