pub fn tip(from: &Pubkey, to: &Pubkey, lamports: u64) -> Transaction {
    let ix = system_instruction::transfer(from, to, lamports);
    Transaction::new_with_payer(&[ix], Some(from))
}
