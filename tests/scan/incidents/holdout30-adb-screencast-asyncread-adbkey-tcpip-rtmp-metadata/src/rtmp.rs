//! Just enough RTMP to publish: handshake, connect / createStream / publish, data and video
//! messages with 4 KiB chunks.

use rand::RngCore;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const CHUNK: usize = 4096;

pub struct Publisher {
    conn: TcpStream,
    stream_id: u32,
}

fn amf_str(out: &mut Vec<u8>, s: &str) {
    out.push(0x02);
    out.extend_from_slice(&(s.len() as u16).to_be_bytes());
    out.extend_from_slice(s.as_bytes());
}

fn amf_num(out: &mut Vec<u8>, n: f64) {
    out.push(0x00);
    out.extend_from_slice(&n.to_be_bytes());
}

fn amf_props(out: &mut Vec<u8>, marker: u8, props: &[(&str, &str)]) {
    out.push(marker);
    if marker == 0x08 {
        out.extend_from_slice(&(props.len() as u32).to_be_bytes());
    }
    for (k, v) in props {
        out.extend_from_slice(&(k.len() as u16).to_be_bytes());
        out.extend_from_slice(k.as_bytes());
        amf_str(out, v);
    }
    out.extend_from_slice(&[0, 0, 9]);
}

/// `rtmp://host[:port]/app` -> (host:port, app)
fn split_url(url: &str) -> (String, String) {
    let rest = url.trim_start_matches("rtmp://");
    let (hostport, app) = rest.split_once('/').unwrap_or((rest, ""));
    let hostport = if hostport.contains(':') { hostport.to_string() } else { format!("{hostport}:1935") };
    (hostport, app.trim_end_matches('/').to_string())
}

impl Publisher {
    async fn send(&mut self, csid: u8, kind: u8, stream: u32, ts: u32, payload: &[u8]) -> std::io::Result<()> {
        let mut msg = Vec::with_capacity(payload.len() + 16);
        msg.push(csid);
        msg.extend_from_slice(&ts.min(0xff_ffff).to_be_bytes()[1..]);
        msg.extend_from_slice(&(payload.len() as u32).to_be_bytes()[1..]);
        msg.push(kind);
        msg.extend_from_slice(&stream.to_le_bytes());
        for (i, part) in payload.chunks(CHUNK).enumerate() {
            if i > 0 {
                msg.push(0xc0 | csid);
            }
            msg.extend_from_slice(part);
        }
        self.conn.write_all(&msg).await
    }

    async fn command(&mut self, name: &str, txn: f64, extra: impl FnOnce(&mut Vec<u8>), stream: u32) -> std::io::Result<()> {
        let mut p = Vec::new();
        amf_str(&mut p, name);
        amf_num(&mut p, txn);
        extra(&mut p);
        self.send(3, 20, stream, 0, &p).await
    }

    async fn drain(&mut self) {
        let mut sink = [0u8; 4096];
        let _ = tokio::time::timeout(std::time::Duration::from_millis(400), self.conn.read(&mut sink)).await;
    }

    pub async fn connect(url: &str, key: &str) -> std::io::Result<Publisher> {
        let (addr, app) = split_url(url);
        let mut conn = TcpStream::connect(&addr).await?;
        let mut c1 = vec![0u8; 1536];
        rand::thread_rng().fill_bytes(&mut c1[8..]);
        conn.write_all(&[3]).await?;
        conn.write_all(&c1).await?;
        let mut s = vec![0u8; 1 + 1536 + 1536];
        conn.read_exact(&mut s).await?;
        conn.write_all(&s[1..1537]).await?;
        let mut p = Publisher { conn, stream_id: 1 };
        p.send(2, 1, 0, 0, &(CHUNK as u32).to_be_bytes()).await?;
        let tc_url = format!("rtmp://{addr}/{app}");
        p.command("connect", 1.0, |o| amf_props(o, 0x03, &[("app", &app), ("type", "nonprivate"), ("flashVer", "FMLE/3.0"), ("tcUrl", &tc_url)]), 0).await?;
        p.drain().await;
        p.command("releaseStream", 2.0, |o| { o.push(0x05); amf_str(o, key) }, 0).await?;
        p.command("FCPublish", 3.0, |o| { o.push(0x05); amf_str(o, key) }, 0).await?;
        p.command("createStream", 4.0, |o| o.push(0x05), 0).await?;
        p.drain().await;
        let sid = p.stream_id;
        p.command("publish", 5.0, |o| { o.push(0x05); amf_str(o, key); amf_str(o, "live") }, sid).await?;
        p.drain().await;
        Ok(p)
    }

    pub async fn metadata(&mut self, props: &[(&str, &str)]) -> std::io::Result<()> {
        let mut p = Vec::new();
        amf_str(&mut p, "@setDataFrame");
        amf_str(&mut p, "onMetaData");
        amf_props(&mut p, 0x08, props);
        let sid = self.stream_id;
        self.send(4, 18, sid, 0, &p).await
    }

    pub async fn video(&mut self, ts: u32, nal: &[u8]) -> std::io::Result<()> {
        let mut tag = vec![0x27, 0x01, 0, 0, 0];
        tag.extend_from_slice(nal);
        let sid = self.stream_id;
        self.send(6, 9, sid, ts, &tag).await
    }

    pub async fn close(mut self) {
        let sid = self.stream_id;
        let _ = self.command("deleteStream", 6.0, |o| { o.push(0x05); amf_num(o, sid as f64) }, 0).await;
        let _ = self.conn.shutdown().await;
    }
}
