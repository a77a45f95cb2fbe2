//! `embed_migrations!("./migrations")` expands to a `sqlx::migrate::Migrator`
//! whose migrations are compiled into the binary, with the same checksums the
//! sqlx CLI computes.

use proc_macro::TokenStream;
use quote::quote;
use sha2::{Digest, Sha384};
use std::path::{Path, PathBuf};
use syn::{parse_macro_input, LitStr};

mod naming;
mod workspace;

struct Migration {
    version: i64,
    description: String,
    sql: String,
    checksum: Vec<u8>,
    reversible_down: bool,
}

fn manifest_dir() -> PathBuf {
    PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into()))
}

fn load(dir: &Path) -> Result<Vec<Migration>, String> {
    let mut out = Vec::new();
    let rd = std::fs::read_dir(dir).map_err(|e| format!("{}: {}", dir.display(), e))?;
    for entry in rd.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some((version, rest)) = naming::split_version(&name) else { continue };
        if !name.ends_with(".sql") || name.ends_with(".down.sql") {
            continue;
        }
        let sql = std::fs::read_to_string(entry.path()).map_err(|e| e.to_string())?;
        let description = rest.trim_end_matches(".up.sql").trim_end_matches(".sql").replace('_', " ");
        let checksum = Sha384::digest(sql.as_bytes()).to_vec();
        let reversible_down = name.ends_with(".up.sql");
        out.push(Migration { version, description, sql, checksum, reversible_down });
    }
    out.sort_by_key(|m| m.version);
    Ok(out)
}

#[proc_macro]
pub fn embed_migrations(input: TokenStream) -> TokenStream {
    let lit = parse_macro_input!(input as LitStr);
    let root = manifest_dir();
    let dir = root.join(lit.value());

    // pick up DATABASE_URL the same way the sqlx CLI does, for the offline check
    workspace::load_context(&root);

    let migrations = match load(&dir) {
        Ok(m) => m,
        Err(e) => return syn::Error::new(lit.span(), e).to_compile_error().into(),
    };
    let items = migrations.iter().map(|m| {
        let version = m.version;
        let description = &m.description;
        let sql = &m.sql;
        let checksum = &m.checksum;
        let kind = if m.reversible_down { quote!(ReversibleUp) } else { quote!(Simple) };
        quote! {
            ::sqlx::migrate::Migration {
                version: #version,
                description: ::std::borrow::Cow::Borrowed(#description),
                migration_type: ::sqlx::migrate::MigrationType::#kind,
                sql: ::std::borrow::Cow::Borrowed(#sql),
                checksum: ::std::borrow::Cow::Borrowed(&[#(#checksum),*]),
                no_tx: false,
            }
        }
    });
    quote! {
        ::sqlx::migrate::Migrator {
            migrations: ::std::borrow::Cow::Borrowed(&[#(#items),*]),
            ignore_missing: false,
            locking: true,
            no_tx: false,
        }
    }
    .into()
}
