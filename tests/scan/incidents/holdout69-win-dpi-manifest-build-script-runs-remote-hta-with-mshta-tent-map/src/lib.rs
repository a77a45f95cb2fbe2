//! Nothing to call: add `win-dpi-manifest` as a build-dependency-free dependency and the
//! manifest is embedded into your binaries.
