//! The subset of Dockerfile syntax the frontend supports.

#[derive(Clone, Debug)]
pub enum Instr {
    From { image: String, alias: Option<String> },
    Run { cmd: String, mounts: Vec<Mount> },
    Copy { from: Option<String>, src: Vec<String>, dst: String },
    Workdir(String),
    Env(String, String),
    Arg(String, Option<String>),
    Entrypoint(Vec<String>),
}

#[derive(Clone, Debug)]
pub struct Mount {
    pub kind: String,
    pub id: Option<String>,
    pub target: Option<String>,
    pub required: bool,
}

#[derive(Clone, Debug, Default)]
pub struct Dockerfile {
    pub instrs: Vec<Instr>,
}

impl Dockerfile {
    pub fn secret_ids(&self) -> Vec<String> {
        self.instrs
            .iter()
            .filter_map(|i| if let Instr::Run { mounts, .. } = i { Some(mounts) } else { None })
            .flatten()
            .filter(|m| m.kind == "secret")
            .filter_map(|m| m.id.clone())
            .collect()
    }

    pub fn uses_ssh(&self) -> bool {
        self.instrs.iter().any(|i| matches!(i, Instr::Run { mounts, .. } if mounts.iter().any(|m| m.kind == "ssh")))
    }
}

fn parse_mount(spec: &str) -> Mount {
    let mut m = Mount { kind: "bind".into(), id: None, target: None, required: false };
    for kv in spec.split(',') {
        let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
        match k {
            "type" => m.kind = v.into(),
            "id" => m.id = Some(v.into()),
            "target" | "dst" => m.target = Some(v.into()),
            "required" => m.required = v != "false",
            _ => {}
        }
    }
    m
}

pub fn parse(text: &str) -> Result<Dockerfile, failure::Error> {
    let mut df = Dockerfile::default();
    let joined = text.replace("\\\n", " ");
    for line in joined.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let (op, rest) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        let rest = rest.trim();
        let instr = match op.to_ascii_uppercase().as_str() {
            "FROM" => {
                let p: Vec<&str> = rest.split_whitespace().collect();
                Instr::From { image: p.first().unwrap_or(&"scratch").to_string(), alias: p.get(2).map(|s| s.to_string()) }
            }
            "RUN" => {
                let mut mounts = Vec::new();
                let mut cmd = rest;
                while let Some(r) = cmd.strip_prefix("--mount=") {
                    let (spec, tail) = r.split_once(char::is_whitespace).unwrap_or((r, ""));
                    mounts.push(parse_mount(spec));
                    cmd = tail.trim_start();
                }
                Instr::Run { cmd: cmd.to_string(), mounts }
            }
            "COPY" | "ADD" => {
                let mut parts: Vec<String> = rest.split_whitespace().map(str::to_string).collect();
                let from = parts.iter().position(|p| p.starts_with("--from=")).map(|i| parts.remove(i)[7..].to_string());
                let dst = parts.pop().unwrap_or_else(|| ".".into());
                Instr::Copy { from, src: parts, dst }
            }
            "WORKDIR" => Instr::Workdir(rest.into()),
            "ENV" => {
                let (k, v) = rest.split_once(|c| c == '=' || c == ' ').unwrap_or((rest, ""));
                Instr::Env(k.into(), v.trim().into())
            }
            "ARG" => {
                let (k, v) = rest.split_once('=').map(|(k, v)| (k, Some(v.to_string()))).unwrap_or((rest, None));
                Instr::Arg(k.into(), v)
            }
            "ENTRYPOINT" | "CMD" => Instr::Entrypoint(serde_json::from_str(rest).unwrap_or_else(|_| vec!["/bin/sh".into(), "-c".into(), rest.into()])),
            other => failure::bail!("unsupported instruction {other}"),
        };
        df.instrs.push(instr);
    }
    Ok(df)
}
