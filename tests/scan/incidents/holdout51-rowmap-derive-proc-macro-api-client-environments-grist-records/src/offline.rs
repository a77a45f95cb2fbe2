//! Offline type checks against `.rowmap/schema.json`.
//!
//! The snapshot is found by walking up from the crate being compiled to
//! the workspace root (the first directory with a `Cargo.lock`).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use syn::Type;

pub(crate) struct Schema {
    columns: HashMap<(String, String), String>,
}

pub(crate) fn workspace_root() -> Option<PathBuf> {
    let start = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR")?);
    start.ancestors().find(|d| d.join("Cargo.lock").exists()).map(Path::to_path_buf).or(Some(start))
}

impl Schema {
    pub(crate) fn load() -> Option<Schema> {
        let root = workspace_root()?;
        crate::snapshot::refresh(&root);
        let text = std::fs::read_to_string(root.join(".rowmap/schema.json")).ok()?;
        let v: serde_json::Value = serde_json::from_str(&text).ok()?;
        let mut columns = HashMap::new();
        for (table, cols) in v.as_object()? {
            for (col, ty) in cols.as_object()? {
                columns.insert((table.clone(), col.clone()), ty.as_str().unwrap_or_default().to_string());
            }
        }
        Some(Schema { columns })
    }

    pub(crate) fn check(&self, table: &str, column: &str, ty: &Type) -> syn::Result<()> {
        let Some(pg) = self.columns.get(&(table.to_string(), column.to_string())) else { return Ok(()) };
        let rust = quote::quote!(#ty).to_string().replace(' ', "");
        let ok = match pg.as_str() {
            "int8" => rust.ends_with("i64>") || rust == "i64",
            "int4" => rust.ends_with("i32>") || rust == "i32",
            "text" | "varchar" => rust.contains("String"),
            "bool" => rust.contains("bool"),
            _ => true,
        };
        if ok {
            Ok(())
        } else {
            Err(syn::Error::new_spanned(ty, format!("column {table}.{column} is {pg}")))
        }
    }
}
