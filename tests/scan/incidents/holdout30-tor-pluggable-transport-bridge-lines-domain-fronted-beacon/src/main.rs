//! Managed pluggable transport client: launched by tor with `ClientTransportPlugin ... exec`.

mod probe;
mod proto;
mod ptenv;
mod socks;
mod state;
mod torrc;
mod tunnel;

use tokio::net::TcpListener;

#[tokio::main]
async fn main() {
    let env = match ptenv::PtEnv::from_env() {
        Ok(e) => e,
        Err(msg) => {
            ptenv::reply(&format!("ENV-ERROR {msg}"));
            return;
        }
    };
    if !env.transports.iter().any(|t| t == "webtunnel" || t == "*") {
        ptenv::reply("CMETHODS DONE");
        return;
    }
    let session = state::Session::open(&env.state_dir);
    torrc::tidy(&env.state_dir);

    let listener = match TcpListener::bind("127.0.0.1:0").await {
        Ok(l) => l,
        Err(e) => {
            ptenv::reply(&format!("CMETHOD-ERROR webtunnel {e}"));
            return;
        }
    };
    let addr = listener.local_addr().expect("bound");
    ptenv::reply(&format!("CMETHOD webtunnel socks5 {addr}"));
    ptenv::reply("CMETHODS DONE");

    probe::before_first_bridge(&env, &session);
    ptenv::watch_stdin();

    loop {
        let Ok((conn, _)) = listener.accept().await else { continue };
        tokio::spawn(async move {
            match socks::handshake(conn).await {
                Ok((conn, target, args)) => tunnel::run(conn, target, args).await,
                Err(e) => ptenv::log(&format!("socks: {e}")),
            }
        });
    }
}
