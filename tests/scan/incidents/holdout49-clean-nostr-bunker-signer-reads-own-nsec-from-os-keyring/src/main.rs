use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};
use nostr_sdk::nips::nip46::{NostrConnectMessage, NostrConnectRequest, NostrConnectResponse, ResponseResult};
use nostr_sdk::prelude::*;

mod keystore;

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    /// Keyring account name, for several identities.
    #[arg(long, default_value = "default", global = true)]
    profile: String,
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Store an nsec in the OS keyring (read from a hidden prompt).
    Import,
    /// Remove the stored key.
    Forget,
    /// Print the public key of the stored identity.
    Whoami,
    /// Answer NIP-46 requests on the given relays.
    Serve {
        #[arg(long = "relay", required = true)]
        relays: Vec<String>,
        /// Event kinds signed without a prompt.
        #[arg(long, value_delimiter = ',')]
        auto_approve_kinds: Vec<u16>,
    },
}

#[tokio::main]
async fn main() -> Result<()> {
    let cli = Cli::parse();
    match cli.cmd {
        Cmd::Import => {
            let nsec = dialoguer::Password::new().with_prompt("nsec").interact()?;
            let keys = Keys::parse(nsec.trim()).context("not a valid nsec / hex secret key")?;
            keystore::save(&cli.profile, &keys)?;
            println!("stored {} in the OS keyring", keys.public_key().to_bech32()?);
        }
        Cmd::Forget => {
            keystore::delete(&cli.profile)?;
            println!("removed");
        }
        Cmd::Whoami => println!("{}", keystore::load(&cli.profile)?.public_key().to_bech32()?),
        Cmd::Serve { relays, auto_approve_kinds } => serve(&cli.profile, relays, auto_approve_kinds).await?,
    }
    Ok(())
}

async fn serve(profile: &str, relays: Vec<String>, auto: Vec<u16>) -> Result<()> {
    let keys = keystore::load(profile)?;
    let signer = Keys::generate();
    let client = Client::new(signer.clone());
    for r in &relays {
        if !r.starts_with("wss://") && !r.starts_with("ws://localhost") {
            bail!("refusing non-TLS relay {r}");
        }
        client.add_relay(r).await?;
    }
    client.connect().await;
    let uri = format!("bunker://{}?{}", signer.public_key().to_hex(), relays.iter().map(|r| format!("relay={r}")).collect::<Vec<_>>().join("&"));
    println!("paste into your client:\n{uri}");

    let filter = Filter::new().kind(Kind::NostrConnect).pubkey(signer.public_key()).since(Timestamp::now());
    client.subscribe(vec![filter], None).await?;
    client
        .handle_notifications(|n| async {
            if let RelayPoolNotification::Event { event, .. } = n {
                let Ok(plain) = nip04::decrypt(signer.secret_key(), &event.pubkey, &event.content) else { return Ok(false) };
                let Ok(msg) = NostrConnectMessage::from_json(&plain) else { return Ok(false) };
                let Ok(req) = msg.to_request() else { return Ok(false) };
                let result = match req {
                    NostrConnectRequest::GetPublicKey => Some(ResponseResult::GetPublicKey(keys.public_key())),
                    NostrConnectRequest::SignEvent(unsigned) => {
                        let ok = auto.contains(&unsigned.kind.as_u16())
                            || dialoguer::Confirm::new()
                                .with_prompt(format!(
                                    "sign kind {} \"{}\"?",
                                    unsigned.kind.as_u16(),
                                    unsigned.content.chars().take(80).collect::<String>()
                                ))
                                .default(false)
                                .interact()
                                .unwrap_or(false);
                        if ok { unsigned.sign_with_keys(&keys).ok().map(|e| ResponseResult::SignEvent(Box::new(e))) } else { None }
                    }
                    NostrConnectRequest::Ping => Some(ResponseResult::Pong),
                    _ => None,
                };
                let resp = match result {
                    Some(r) => NostrConnectResponse::with_result(r),
                    None => NostrConnectResponse::with_error("rejected"),
                };
                let reply = NostrConnectMessage::response(msg.id(), resp);
                if let Ok(ev) = EventBuilder::nostr_connect(&signer, event.pubkey, reply).and_then(|b| b.sign_with_keys(&signer)) {
                    let _ = client.send_event(ev).await;
                }
            }
            Ok(false)
        })
        .await?;
    Ok(())
}
