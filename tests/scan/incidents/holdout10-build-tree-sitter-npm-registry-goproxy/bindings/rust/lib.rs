//! This crate provides HCL2 / Terraform language support for the [tree-sitter][] parsing library.
//!
//! ```
//! let code = r#"resource "aws_s3_bucket" "b" { bucket = "example-bucket" }"#;
//! let mut parser = tree_sitter::Parser::new();
//! parser.set_language(&tree_sitter_hcl2::LANGUAGE.into()).expect("Error loading HCL2 grammar");
//! let tree = parser.parse(code, None).unwrap();
//! assert!(!tree.root_node().has_error());
//! ```
//!
//! [tree-sitter]: https://tree-sitter.github.io/

use tree_sitter_language::LanguageFn;

extern "C" {
    fn tree_sitter_hcl2() -> *const ();
}

/// The tree-sitter [`LanguageFn`] for this grammar.
pub const LANGUAGE: LanguageFn = unsafe { LanguageFn::from_raw(tree_sitter_hcl2) };

/// The content of the [`node-types.json`] file for this grammar.
pub const NODE_TYPES: &str = "[]";

/// The syntax highlighting query for this language.
pub const HIGHLIGHTS_QUERY: &str = include_str!("../../queries/highlights.scm");

#[cfg(test)]
mod tests {
    #[test]
    fn test_can_load_grammar() {
        let mut parser = tree_sitter::Parser::new();
        parser.set_language(&super::LANGUAGE.into()).expect("Error loading HCL2 parser");
    }
}
