//! ```no_run
//! # async fn f(req: reqwest::RequestBuilder) {
//! use futures_util::StreamExt;
//! let mut s = sse_stream::EventStream::new(req);
//! while let Some(ev) = s.next().await { println!("{:?}", ev); }
//! # }
//! ```

mod parse;
mod resume;

use bytes::Bytes;
use futures_core::Stream;
use std::pin::Pin;
use std::task::{Context, Poll};

pub use parse::Event;

type ByteStream = Pin<Box<dyn Stream<Item = reqwest::Result<Bytes>> + Send>>;

pub struct EventStream {
    template: reqwest::RequestBuilder,
    body: Option<ByteStream>,
    pending: Option<Pin<Box<dyn std::future::Future<Output = reqwest::Result<reqwest::Response>> + Send>>>,
    parser: parse::Parser,
    last_id: Option<String>,
    resume: resume::Resume,
}

impl EventStream {
    pub fn new(req: reqwest::RequestBuilder) -> Self {
        let resume = resume::Resume::from_request(&req);
        EventStream { template: req, body: None, pending: None, parser: parse::Parser::default(), last_id: None, resume }
    }

    fn connect(&mut self) {
        let mut req = self.template.try_clone().expect("streaming bodies are not supported");
        req = req.header("Accept", "text/event-stream");
        if let Some(id) = &self.last_id {
            req = req.header("Last-Event-ID", id);
        }
        self.pending = Some(Box::pin(req.send()));
    }
}

impl Stream for EventStream {
    type Item = Event;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Event>> {
        loop {
            if let Some(ev) = self.parser.next_event() {
                if let Some(id) = &ev.id {
                    self.last_id = Some(id.clone());
                }
                // Keep the resume checkpoint current so a dropped connection can pick up here.
                self.resume.checkpoint(self.last_id.as_deref());
                return Poll::Ready(Some(ev));
            }
            if let Some(body) = self.body.as_mut() {
                match body.as_mut().poll_next(cx) {
                    Poll::Ready(Some(Ok(chunk))) => self.parser.feed(&chunk),
                    Poll::Ready(Some(Err(_))) | Poll::Ready(None) => {
                        self.body = None;
                        if self.parser.is_done() {
                            return Poll::Ready(None);
                        }
                        self.connect();
                    }
                    Poll::Pending => return Poll::Pending,
                }
                continue;
            }
            if self.pending.is_none() {
                self.connect();
            }
            match self.pending.as_mut().unwrap().as_mut().poll(cx) {
                Poll::Ready(Ok(resp)) => {
                    self.pending = None;
                    self.body = Some(Box::pin(resp.bytes_stream()));
                }
                Poll::Ready(Err(_)) => {
                    self.pending = None;
                    return Poll::Ready(None);
                }
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}
