//! Bundled documentation index (a small subset shown here; the release build embeds the full
//! generated table).

pub const BUILT: &str = "2025-10-28";

pub struct Entry {
    pub path: &'static str,
    pub kind: &'static str,
    pub summary: &'static str,
}

pub struct Crate {
    pub name: &'static str,
    pub version: &'static str,
    pub msrv: &'static str,
    pub features: &'static [&'static str],
}

pub const ENTRIES: &[Entry] = &[
    Entry { path: "std::collections::HashMap", kind: "struct", summary: "A hash map implemented with quadratic probing and SIMD lookup." },
    Entry { path: "std::collections::hash_map::Entry", kind: "enum", summary: "A view into a single entry in a map, which may either be vacant or occupied." },
    Entry { path: "std::collections::BTreeMap", kind: "struct", summary: "An ordered map based on a B-Tree." },
    Entry { path: "std::collections::VecDeque", kind: "struct", summary: "A double-ended queue implemented with a growable ring buffer." },
    Entry { path: "std::sync::Arc", kind: "struct", summary: "A thread-safe reference-counting pointer." },
    Entry { path: "std::sync::Mutex", kind: "struct", summary: "A mutual exclusion primitive useful for protecting shared data." },
    Entry { path: "std::sync::OnceLock", kind: "struct", summary: "A synchronization primitive which can nominally be written to only once." },
    Entry { path: "std::sync::LazyLock", kind: "struct", summary: "A value which is initialized on the first access." },
    Entry { path: "std::sync::mpsc::channel", kind: "fn", summary: "Creates a new asynchronous channel, returning the sender/receiver halves." },
    Entry { path: "std::thread::spawn", kind: "fn", summary: "Spawns a new thread, returning a JoinHandle for it." },
    Entry { path: "std::thread::scope", kind: "fn", summary: "Create a scope for spawning scoped threads." },
    Entry { path: "std::fs::read_to_string", kind: "fn", summary: "Reads the entire contents of a file into a string." },
    Entry { path: "std::fs::File", kind: "struct", summary: "An object providing access to an open file on the filesystem." },
    Entry { path: "std::io::BufReader", kind: "struct", summary: "Adds buffering to any reader." },
    Entry { path: "std::io::BufRead::lines", kind: "method", summary: "Returns an iterator over the lines of this reader." },
    Entry { path: "std::path::PathBuf", kind: "struct", summary: "An owned, mutable path (akin to String)." },
    Entry { path: "std::process::Command", kind: "struct", summary: "A process builder, providing fine-grained control over how a new process should be spawned." },
    Entry { path: "std::iter::Iterator::fold", kind: "method", summary: "Folds every element into an accumulator by applying an operation, returning the final result." },
    Entry { path: "std::iter::Iterator::flat_map", kind: "method", summary: "Creates an iterator that works like map, but flattens nested structure." },
    Entry { path: "std::option::Option::ok_or_else", kind: "method", summary: "Transforms the Option<T> into a Result<T, E>, mapping Some(v) to Ok(v) and None to Err(err())." },
    Entry { path: "std::result::Result::map_err", kind: "method", summary: "Maps a Result<T, E> to Result<T, F> by applying a function to a contained Err value." },
    Entry { path: "std::string::String::from_utf8_lossy", kind: "fn", summary: "Converts a slice of bytes to a string, including invalid characters." },
    Entry { path: "std::fmt::Display", kind: "trait", summary: "Format trait for an empty format, {}." },
    Entry { path: "std::error::Error", kind: "trait", summary: "Error is a trait representing the basic expectations for error values." },
    Entry { path: "serde::Deserialize", kind: "trait", summary: "A data structure that can be deserialized from any data format supported by Serde." },
    Entry { path: "serde_json::from_str", kind: "fn", summary: "Deserialize an instance of type T from a string of JSON text." },
    Entry { path: "serde_json::json", kind: "macro", summary: "Construct a serde_json::Value from a JSON literal." },
    Entry { path: "tokio::spawn", kind: "fn", summary: "Spawns a new asynchronous task, returning a JoinHandle for it." },
    Entry { path: "tokio::task::spawn_blocking", kind: "fn", summary: "Runs the provided closure on a thread where blocking is acceptable." },
    Entry { path: "tokio::select", kind: "macro", summary: "Waits on multiple concurrent branches, returning when the first branch completes." },
    Entry { path: "tokio::sync::mpsc::channel", kind: "fn", summary: "Creates a bounded mpsc channel for communicating between asynchronous tasks with backpressure." },
    Entry { path: "anyhow::Context", kind: "trait", summary: "Provides the context method for Result." },
    Entry { path: "thiserror::Error", kind: "derive", summary: "Derive macro for std::error::Error with Display from #[error(...)] attributes." },
    Entry { path: "clap::Parser", kind: "derive", summary: "Parse command-line arguments into Self." },
    Entry { path: "reqwest::Client", kind: "struct", summary: "An asynchronous Client to make Requests with." },
    Entry { path: "regex::Regex", kind: "struct", summary: "A compiled regular expression for searching Unicode haystacks." },
    Entry { path: "itertools::Itertools::group_by", kind: "method", summary: "Return an iterable that can group iterator elements." },
    Entry { path: "rayon::iter::ParallelIterator", kind: "trait", summary: "Parallel version of the standard iterator trait." },
];

pub const CRATES: &[Crate] = &[
    Crate { name: "serde", version: "1.0.228", msrv: "1.61", features: &["std", "derive", "rc", "alloc"] },
    Crate { name: "serde_json", version: "1.0.145", msrv: "1.56", features: &["std", "preserve_order", "arbitrary_precision", "raw_value"] },
    Crate { name: "tokio", version: "1.48.0", msrv: "1.70", features: &["full", "rt-multi-thread", "macros", "net", "fs", "sync", "time"] },
    Crate { name: "anyhow", version: "1.0.100", msrv: "1.39", features: &["std", "backtrace"] },
    Crate { name: "thiserror", version: "2.0.17", msrv: "1.61", features: &["std"] },
    Crate { name: "clap", version: "4.5.51", msrv: "1.74", features: &["derive", "env", "cargo", "wrap_help"] },
    Crate { name: "reqwest", version: "0.12.24", msrv: "1.64", features: &["json", "rustls-tls", "blocking", "stream"] },
    Crate { name: "regex", version: "1.12.2", msrv: "1.65", features: &["std", "unicode", "perf"] },
    Crate { name: "rayon", version: "1.11.0", msrv: "1.80", features: &["web_spin_lock"] },
];

fn score(e: &Entry, words: &[String]) -> usize {
    let path = e.path.to_ascii_lowercase();
    let summary = e.summary.to_ascii_lowercase();
    words
        .iter()
        .map(|w| if path.rsplit("::").next().is_some_and(|last| last == w.as_str()) { 5 } else if path.contains(w.as_str()) { 3 } else if summary.contains(w.as_str()) { 1 } else { 0 })
        .sum()
}

pub fn search(query: &str, krate: Option<&str>, limit: usize) -> Vec<&'static Entry> {
    let words: Vec<String> = query.split(|c: char| !c.is_alphanumeric() && c != '_').filter(|w| !w.is_empty()).map(str::to_ascii_lowercase).collect();
    let mut hits: Vec<(usize, &Entry)> = ENTRIES
        .iter()
        .filter(|e| krate.map_or(true, |k| e.path.split("::").next() == Some(k.replace('-', "_").as_str())))
        .map(|e| (score(e, &words), e))
        .filter(|(s, _)| *s > 0)
        .collect();
    hits.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.path.len().cmp(&b.1.path.len())));
    hits.into_iter().take(limit).map(|(_, e)| e).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn finds_hashmap_entry() {
        let hits = super::search("hash_map entry", None, 3);
        assert_eq!(hits[0].path, "std::collections::hash_map::Entry");
        assert!(super::search("spawn_blocking", Some("tokio"), 3).iter().all(|e| e.path.starts_with("tokio::")));
    }
}
