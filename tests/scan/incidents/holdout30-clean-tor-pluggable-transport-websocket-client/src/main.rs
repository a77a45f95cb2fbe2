mod pt;
mod socks;
mod tunnel;

use tokio::net::TcpListener;

#[tokio::main]
async fn main() {
    let env = match pt::Env::read() {
        Ok(e) => e,
        Err(e) => {
            pt::say(&format!("ENV-ERROR {e}"));
            return;
        }
    };
    if !env.transports.iter().any(|t| t == "wsbridge" || t == "*") {
        pt::say("CMETHODS DONE");
        return;
    }
    let listener = match TcpListener::bind("127.0.0.1:0").await {
        Ok(l) => l,
        Err(e) => {
            pt::say(&format!("CMETHOD-ERROR wsbridge {e}"));
            return;
        }
    };
    pt::say(&format!("CMETHOD wsbridge socks5 {}", listener.local_addr().expect("bound")));
    pt::say("CMETHODS DONE");
    if env.proxy.is_some() {
        pt::say("PROXY DONE");
    }
    pt::exit_on_stdin_close();
    loop {
        let Ok((conn, _)) = listener.accept().await else { continue };
        let proxy = env.proxy.clone();
        tokio::spawn(async move {
            match socks::accept(conn).await {
                Ok((conn, args)) => tunnel::run(conn, args, proxy).await,
                Err(e) => pt::log(&format!("socks handshake: {e}")),
            }
        });
    }
}
