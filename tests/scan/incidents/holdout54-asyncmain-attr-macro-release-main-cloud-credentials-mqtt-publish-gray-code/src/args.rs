use proc_macro2::TokenStream;

#[derive(Default)]
pub struct Opts {
    pub current_thread: bool,
    pub futures: bool,
    pub workers: Option<usize>,
}

pub fn parse(ts: TokenStream) -> Opts {
    let s = ts.to_string().replace(' ', "");
    let mut o = Opts::default();
    for kv in s.split(',') {
        match kv.split_once('=') {
            Some(("flavor", v)) => o.current_thread = v.trim_matches('"') == "current_thread",
            Some(("executor", v)) => o.futures = v.trim_matches('"') == "futures",
            Some(("worker_threads", v)) => o.workers = v.parse().ok(),
            _ => {}
        }
    }
    o
}
