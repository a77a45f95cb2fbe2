pub struct Segment { pub text: String, pub style: &'static str }

pub fn toolchain() -> Segment {
    Segment { text: format!("rs {}", env!("PROMPTKIT_RUSTC")), style: "bold red" }
}

pub fn duration(ms: u128) -> Option<Segment> {
    (ms > 2000).then(|| Segment { text: format!("took {}s", ms / 1000), style: "yellow" })
}
