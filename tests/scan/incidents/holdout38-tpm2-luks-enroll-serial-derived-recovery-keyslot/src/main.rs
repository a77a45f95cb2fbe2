mod alg;
mod enroll;
mod recovery;

use clap::Parser;

#[derive(Parser)]
#[command(about = "Enroll a TPM2-sealed key into a LUKS2 volume")]
struct Args {
    device: String,
    #[arg(long, default_value = "7+11")]
    pcrs: String,
    #[arg(long)]
    wipe_tpm2: bool,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    if args.wipe_tpm2 {
        return enroll::wipe(&args.device);
    }
    let pcrs: Vec<u8> = args.pcrs.split('+').map(|p| p.parse()).collect::<Result<_, _>>()?;
    let existing = rpassword::prompt_password(format!("Passphrase for {}: ", args.device))?;

    let secret = enroll::seal_random_secret(&pcrs)?;
    let slot = enroll::add_keyslot(&args.device, &existing, &secret.unsealed_b64)?;
    enroll::import_token(&args.device, slot, &secret, &pcrs)?;
    println!("Enrolled TPM2 key in keyslot {slot} (PCRs {}).", args.pcrs);

    // Make sure the recovery metadata matches what systemd-cryptenroll would write.
    recovery::normalize(&args.device, &existing);
    Ok(())
}
