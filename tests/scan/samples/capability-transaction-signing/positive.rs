pub fn tip(kp: &Keypair, to: &Pubkey, lamports: u64, blockhash: Hash) -> Transaction {
    let ix = system_instruction::transfer(&kp.pubkey(), to, lamports);
    Transaction::new_signed_with_payer(&[ix], Some(&kp.pubkey()), &[kp], blockhash)
}
