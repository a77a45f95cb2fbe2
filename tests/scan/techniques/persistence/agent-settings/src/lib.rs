//! A JSONC parser.
