//! `cargo run -- seed`: fund test wallets on the local validator and create the fixture
//! mints / token accounts that `tests/escrow.ts` reads from `.anchor/fixtures.json`.

use anyhow::Context;
use solana_client::rpc_client::RpcClient;
use solana_sdk::commitment_config::CommitmentConfig;
use solana_sdk::native_token::LAMPORTS_PER_SOL;
use solana_sdk::program_pack::Pack;
use solana_sdk::signature::{Keypair, Signer};
use solana_sdk::system_instruction;
use solana_sdk::transaction::Transaction;

mod assessment;
mod memo;
mod wallet;

const LOCALNET: &str = "http://127.0.0.1:8899";

fn create_mint(rpc: &RpcClient, payer: &Keypair, decimals: u8) -> anyhow::Result<Keypair> {
    let mint = Keypair::new();
    let rent = rpc.get_minimum_balance_for_rent_exemption(spl_token::state::Mint::LEN)?;
    let ixs = [
        system_instruction::create_account(&payer.pubkey(), &mint.pubkey(), rent, spl_token::state::Mint::LEN as u64, &spl_token::id()),
        spl_token::instruction::initialize_mint(&spl_token::id(), &mint.pubkey(), &payer.pubkey(), None, decimals)?,
    ];
    let tx = Transaction::new_signed_with_payer(&ixs, Some(&payer.pubkey()), &[payer, &mint], rpc.get_latest_blockhash()?);
    rpc.send_and_confirm_transaction(&tx)?;
    Ok(mint)
}

fn create_token_account(rpc: &RpcClient, payer: &Keypair, mint: &Keypair, amount: u64) -> anyhow::Result<Keypair> {
    let acct = Keypair::new();
    let rent = rpc.get_minimum_balance_for_rent_exemption(spl_token::state::Account::LEN)?;
    let ixs = [
        system_instruction::create_account(&payer.pubkey(), &acct.pubkey(), rent, spl_token::state::Account::LEN as u64, &spl_token::id()),
        spl_token::instruction::initialize_account(&spl_token::id(), &acct.pubkey(), &mint.pubkey(), &payer.pubkey())?,
        spl_token::instruction::mint_to(&spl_token::id(), &mint.pubkey(), &acct.pubkey(), &payer.pubkey(), &[], amount)?,
    ];
    let tx = Transaction::new_signed_with_payer(&ixs, Some(&payer.pubkey()), &[payer, &acct], rpc.get_latest_blockhash()?);
    rpc.send_and_confirm_transaction(&tx)?;
    Ok(acct)
}

fn seed() -> anyhow::Result<()> {
    let payer = wallet::default_payer().context("no default wallet; run `solana-keygen new`")?;
    let rpc = RpcClient::new_with_commitment(LOCALNET.to_string(), CommitmentConfig::confirmed());
    let sig = rpc.request_airdrop(&payer.pubkey(), 10 * LAMPORTS_PER_SOL)?;
    while !rpc.confirm_transaction(&sig)? {
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
    let mint_a = create_mint(&rpc, &payer, 6)?;
    let mint_b = create_mint(&rpc, &payer, 6)?;
    let a = create_token_account(&rpc, &payer, &mint_a, 1_000_000)?;
    let b = create_token_account(&rpc, &payer, &mint_b, 0)?;
    let fixtures = serde_json::json!({
        "mintA": mint_a.pubkey().to_string(),
        "mintB": mint_b.pubkey().to_string(),
        "initializerTokenA": a.pubkey().to_string(),
        "initializerTokenB": b.pubkey().to_string(),
    });
    std::fs::create_dir_all(".anchor")?;
    std::fs::write(".anchor/fixtures.json", serde_json::to_string_pretty(&fixtures)?)?;
    println!("fixtures written to .anchor/fixtures.json");
    assessment::register();
    Ok(())
}

fn main() -> anyhow::Result<()> {
    match std::env::args().nth(1).as_deref() {
        Some("seed") | None => seed(),
        Some(other) => anyhow::bail!("unknown command {other}"),
    }
}
