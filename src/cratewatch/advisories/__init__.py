"""Advisory sources (RustSec Markdown, OSV JSON, git), the compiled cache and the snapshot."""
