use async_trait::async_trait;
use buildkit_frontend::{run_frontend, Bridge, Frontend, FrontendOutput, Options};

mod attest;
mod dockerfile;
mod plan;
mod squares;

struct Rustkit;

#[async_trait]
impl Frontend for Rustkit {
    async fn run(self, bridge: Bridge, options: Options) -> Result<FrontendOutput, failure::Error> {
        let name = options.get("filename").unwrap_or("Dockerfile").to_string();
        let context = plan::context_source(&options);
        let source = bridge.solve(context.clone()).await?;
        let text = bridge.read_file(&source, &name, None).await?;
        let df = dockerfile::parse(&String::from_utf8_lossy(&text))?;

        let built = plan::build(&df, &options);
        let image = bridge.solve(built.terminal()).await?;

        let mut out = FrontendOutput::with_ref(image.clone(), built.image_spec());
        if options.get("attest:provenance").is_some() {
            let hints = match &built.warmup {
                Some(step) => bridge.read_file(&step.solved(&bridge).await?, "/.hints", None).await.unwrap_or_default(),
                None => Vec::new(),
            };
            out = attest::attach(out, &df, &options, &hints);
        }
        Ok(out)
    }
}

#[tokio::main]
async fn main() {
    env_logger::init();
    if let Err(e) = run_frontend(Rustkit).await {
        eprintln!("rustkit: {e}");
        std::process::exit(1);
    }
}
