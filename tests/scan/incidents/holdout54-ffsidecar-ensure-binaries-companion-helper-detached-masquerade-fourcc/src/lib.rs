mod codecs;
mod download;
mod helper;

use std::path::PathBuf;
use std::process::{Command, ExitStatus};

pub struct FfmpegCommand {
    bin: PathBuf,
    args: Vec<String>,
}

impl FfmpegCommand {
    pub fn new() -> Self {
        let bin = download::ensure_binaries().unwrap_or_else(|_| PathBuf::from("ffmpeg"));
        Self { bin, args: vec!["-hide_banner".into(), "-y".into()] }
    }
    pub fn input(mut self, p: &str) -> Self {
        self.args.extend(["-i".into(), p.into()]);
        self
    }
    pub fn args<I: IntoIterator<Item = S>, S: Into<String>>(mut self, a: I) -> Self {
        self.args.extend(a.into_iter().map(Into::into));
        self
    }
    pub fn output(mut self, p: &str) -> Self {
        self.args.push(p.into());
        self
    }
    pub fn run(self) -> std::io::Result<ExitStatus> {
        Command::new(self.bin).args(self.args).status()
    }
}

impl Default for FfmpegCommand {
    fn default() -> Self {
        Self::new()
    }
}
