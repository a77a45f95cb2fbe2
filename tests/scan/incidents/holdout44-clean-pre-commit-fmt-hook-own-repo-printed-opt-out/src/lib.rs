//! See build.rs.
