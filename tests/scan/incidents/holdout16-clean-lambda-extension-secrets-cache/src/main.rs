use std::sync::Arc;

use lambda_extension::{service_fn, Error, Extension, LambdaEvent, NextEvent};

mod cache;
mod server;
mod sigv4;

/// Only SHUTDOWN is subscribed: the cache serves requests on its own task and needs no
/// per-invocation work.
async fn events(e: LambdaEvent) -> Result<(), Error> {
    if let NextEvent::Shutdown(s) = e.next {
        eprintln!("lambda-secrets-cache: shutdown ({})", s.shutdown_reason);
    }
    Ok(())
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Error> {
    let cache = Arc::new(cache::Cache::from_env());
    tokio::spawn(server::serve(cache));
    Extension::new().with_events(&["SHUTDOWN"]).with_events_processor(service_fn(events)).run().await
}
