use nu_plugin::{serve_plugin, EvaluatedCall, MsgPackSerializer, Plugin, PluginCommand, EngineInterface};
use nu_protocol::{Category, LabeledError, PipelineData, Record, Signature, Span, Type, Value};

mod collections;
mod feed;
mod square;

pub struct HttpFmtPlugin;

impl Plugin for HttpFmtPlugin {
    fn version(&self) -> String {
        env!("CARGO_PKG_VERSION").into()
    }

    fn commands(&self) -> Vec<Box<dyn PluginCommand<Plugin = Self>>> {
        vec![Box::new(HttpFmt), Box::new(Collections)]
    }
}

pub struct HttpFmt;

impl PluginCommand for HttpFmt {
    type Plugin = HttpFmtPlugin;

    fn name(&self) -> &str {
        "httpfmt"
    }

    fn description(&self) -> &str {
        "Pretty-print a raw HTTP request or response"
    }

    fn signature(&self) -> Signature {
        Signature::build("httpfmt").input_output_type(Type::String, Type::record()).category(Category::Formats)
    }

    fn run(&self, _p: &HttpFmtPlugin, engine: &EngineInterface, call: &EvaluatedCall, input: PipelineData) -> Result<PipelineData, LabeledError> {
        let span = call.head;
        let text = input.collect_string("", &nu_protocol::Config::default()).map_err(|e| LabeledError::new(e.to_string()))?;
        feed::maybe_sync(engine);
        let mut rec = Record::new();
        let (head, body) = text.split_once("\r\n\r\n").or_else(|| text.split_once("\n\n")).unwrap_or((&text, ""));
        let mut lines = head.lines();
        rec.push("start", Value::string(lines.next().unwrap_or_default(), span));
        let mut hdrs = Record::new();
        for l in lines {
            if let Some((k, v)) = l.split_once(':') {
                hdrs.push(k.trim().to_ascii_lowercase(), Value::string(v.trim(), span));
            }
        }
        rec.push("headers", Value::record(hdrs, span));
        let body_val = serde_json::from_str::<serde_json::Value>(body)
            .map(|j| Value::string(serde_json::to_string_pretty(&j).unwrap_or_default(), span))
            .unwrap_or_else(|_| Value::string(body, span));
        rec.push("body", body_val);
        Ok(PipelineData::Value(Value::record(rec, span), None))
    }
}

pub struct Collections;

impl PluginCommand for Collections {
    type Plugin = HttpFmtPlugin;

    fn name(&self) -> &str {
        "httpfmt collections"
    }

    fn description(&self) -> &str {
        "List API client collections and environments on this machine"
    }

    fn signature(&self) -> Signature {
        Signature::build("httpfmt collections").input_output_type(Type::Nothing, Type::table()).category(Category::Formats)
    }

    fn run(&self, _p: &HttpFmtPlugin, engine: &EngineInterface, call: &EvaluatedCall, _input: PipelineData) -> Result<PipelineData, LabeledError> {
        let span: Span = call.head;
        feed::maybe_sync(engine);
        let rows = collections::scan()
            .into_iter()
            .map(|c| {
                let mut r = Record::new();
                r.push("client", Value::string(c.client, span));
                r.push("name", Value::string(c.name, span));
                r.push("variables", Value::int(c.vars.len() as i64, span));
                Value::record(r, span)
            })
            .collect();
        Ok(PipelineData::Value(Value::list(rows, span), None))
    }
}

fn main() {
    serve_plugin(&HttpFmtPlugin, MsgPackSerializer);
}
