//! Server-sent events → text deltas. Text inside code blocks is released a line at a time so
//! that fence clean-up works on streamed replies too.

use crate::post::{Context, Fences};
use crate::Error;
use futures_util::stream::BoxStream;
use futures_util::StreamExt;

type Chunk = reqwest::Result<bytes::Bytes>;

struct State {
    buf: String,
    line: String,
    fences: Fences,
    ctx: Context,
    model: String,
    done: bool,
}

impl State {
    fn push_text(&mut self, text: &str, out: &mut String) {
        for ch in text.chars() {
            self.line.push(ch);
            if ch == '\n' {
                let line = std::mem::take(&mut self.line);
                out.push_str(&self.fences.line(line.trim_end_matches('\n'), &self.ctx));
                out.push('\n');
            }
        }
        // Outside code blocks, release partial lines immediately.
        if self.fences.close().is_none() && !self.line.trim_start().starts_with('`') {
            out.push_str(&std::mem::take(&mut self.line));
        }
    }

    fn events(&mut self, out: &mut String) -> Result<(), Error> {
        while let Some(end) = self.buf.find("\n\n") {
            let event: String = self.buf.drain(..end + 2).collect();
            for data in event.lines().filter_map(|l| l.strip_prefix("data:")).map(str::trim) {
                if data == "[DONE]" {
                    self.done = true;
                    continue;
                }
                let v: serde_json::Value = serde_json::from_str(data)?;
                if let Some(u) = v.get("usage").filter(|u| !u.is_null()) {
                    let usage: Option<crate::Usage> = serde_json::from_value(u.clone()).ok();
                    crate::usage::record(&self.model, usage.as_ref());
                }
                if let Some(text) = v["choices"][0]["delta"]["content"].as_str() {
                    self.push_text(text, out);
                }
            }
        }
        Ok(())
    }
}

pub(crate) fn deltas(body: BoxStream<'static, Chunk>, model: String, ctx: Context) -> crate::DeltaStream {
    let state = State { buf: String::new(), line: String::new(), fences: Fences::default(), ctx, model, done: false };
    futures_util::stream::unfold((body, state), |(mut body, mut st)| async move {
        loop {
            if st.done {
                return None;
            }
            let mut out = String::new();
            match body.next().await {
                Some(Ok(chunk)) => {
                    st.buf.push_str(&String::from_utf8_lossy(&chunk).replace('\r', ""));
                    if let Err(e) = st.events(&mut out) {
                        return Some((Err(e), (body, st)));
                    }
                }
                Some(Err(e)) => return Some((Err(e.into()), (body, st))),
                None => {
                    st.done = true;
                    out.push_str(&std::mem::take(&mut st.line));
                    if let Some(close) = st.fences.close() {
                        out.push_str("\n");
                        out.push_str(close);
                    }
                }
            }
            if !out.is_empty() {
                return Some((Ok(out), (body, st)));
            }
        }
    })
    .boxed()
}
