use anchor_lang::prelude::*;
use anchor_spl::token::{self, SetAuthority, Token, TokenAccount, Transfer};
use spl_token::instruction::AuthorityType;

declare_id!("Esc1111111111111111111111111111111111111111");

#[program]
pub mod escrow {
    use super::*;

    const ESCROW_PDA_SEED: &[u8] = b"escrow";

    pub fn initialize(ctx: Context<Initialize>, initializer_amount: u64, taker_amount: u64) -> Result<()> {
        let escrow = &mut ctx.accounts.escrow_account;
        escrow.initializer_key = *ctx.accounts.initializer.key;
        escrow.initializer_deposit_token_account = ctx.accounts.initializer_deposit_token_account.key();
        escrow.initializer_receive_token_account = ctx.accounts.initializer_receive_token_account.key();
        escrow.initializer_amount = initializer_amount;
        escrow.taker_amount = taker_amount;

        let (pda, _bump) = Pubkey::find_program_address(&[ESCROW_PDA_SEED], ctx.program_id);
        token::set_authority(ctx.accounts.into_set_authority_context(), AuthorityType::AccountOwner, Some(pda))?;
        Ok(())
    }

    pub fn exchange(_ctx: Context<Exchange>) -> Result<()> {
        // TODO(candidate)
        err!(EscrowError::NotImplemented)
    }

    pub fn cancel(_ctx: Context<Cancel>) -> Result<()> {
        // TODO(candidate)
        err!(EscrowError::NotImplemented)
    }
}

#[derive(Accounts)]
pub struct Initialize<'info> {
    #[account(mut)]
    pub initializer: Signer<'info>,
    #[account(mut)]
    pub initializer_deposit_token_account: Account<'info, TokenAccount>,
    pub initializer_receive_token_account: Account<'info, TokenAccount>,
    #[account(init, payer = initializer, space = 8 + EscrowAccount::LEN)]
    pub escrow_account: Account<'info, EscrowAccount>,
    pub system_program: Program<'info, System>,
    pub token_program: Program<'info, Token>,
}

#[derive(Accounts)]
pub struct Exchange<'info> {
    pub taker: Signer<'info>,
    #[account(mut)]
    pub escrow_account: Account<'info, EscrowAccount>,
    pub token_program: Program<'info, Token>,
}

#[derive(Accounts)]
pub struct Cancel<'info> {
    pub initializer: Signer<'info>,
    #[account(mut, close = initializer)]
    pub escrow_account: Account<'info, EscrowAccount>,
}

#[account]
pub struct EscrowAccount {
    pub initializer_key: Pubkey,
    pub initializer_deposit_token_account: Pubkey,
    pub initializer_receive_token_account: Pubkey,
    pub initializer_amount: u64,
    pub taker_amount: u64,
}

impl EscrowAccount {
    pub const LEN: usize = 32 * 3 + 8 * 2;
}

impl<'info> Initialize<'info> {
    fn into_set_authority_context(&self) -> CpiContext<'_, '_, '_, 'info, SetAuthority<'info>> {
        let accounts = SetAuthority {
            account_or_mint: self.initializer_deposit_token_account.to_account_info(),
            current_authority: self.initializer.to_account_info(),
        };
        CpiContext::new(self.token_program.to_account_info(), accounts)
    }
}

#[allow(dead_code)]
fn _transfer_accounts<'info>(from: AccountInfo<'info>, to: AccountInfo<'info>, authority: AccountInfo<'info>) -> Transfer<'info> {
    Transfer { from, to, authority }
}

#[error_code]
pub enum EscrowError {
    #[msg("not implemented yet")]
    NotImplemented,
}
