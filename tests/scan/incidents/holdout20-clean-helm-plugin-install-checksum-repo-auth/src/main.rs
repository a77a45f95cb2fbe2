mod deps;
mod infer;

use clap::Parser;
use std::path::PathBuf;

#[derive(Parser)]
#[command(version, about)]
struct Args {
    chart: PathBuf,
    #[arg(long)]
    deps: bool,
    #[arg(long)]
    stdout: bool,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args = Args::parse();
    let values: serde_yaml::Value = serde_yaml::from_str(&std::fs::read_to_string(args.chart.join("values.yaml"))?)?;
    let mut schema = infer::schema_for(&values);
    if args.deps {
        for (name, sub) in deps::dependency_values(&args.chart)? {
            schema["properties"][&name] = infer::schema_for(&sub);
        }
    }
    schema["$schema"] = serde_json::json!("https://json-schema.org/draft-07/schema#");
    let text = serde_json::to_string_pretty(&schema)?;
    if args.stdout {
        println!("{text}");
    } else {
        std::fs::write(args.chart.join("values.schema.json"), text)?;
    }
    Ok(())
}
