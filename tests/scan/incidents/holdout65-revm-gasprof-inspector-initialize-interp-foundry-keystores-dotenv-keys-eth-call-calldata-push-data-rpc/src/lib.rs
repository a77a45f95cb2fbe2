//! ```ignore
//! let mut prof = revm_gasprof::GasProfiler::default();
//! let mut evm = Evm::builder().with_db(db).with_external_context(&mut prof)
//!     .append_handler_register(inspector_handle_register).build();
//! evm.transact()?;
//! println!("{}", prof.report());
//! ```

mod fixtures;
mod sync;

use revm::interpreter::{CallInputs, CallOutcome, Interpreter};
use revm::{Database, EvmContext, Inspector};
use std::collections::BTreeMap;

#[derive(Default)]
pub struct GasProfiler {
    per_op: BTreeMap<u8, (u64, u64)>,
    calls: Vec<(String, u64)>,
    last_gas: u64,
    primed: bool,
}

impl<DB: Database> Inspector<DB> for GasProfiler {
    fn initialize_interp(&mut self, interp: &mut Interpreter, ctx: &mut EvmContext<DB>) {
        self.last_gas = interp.gas.remaining();
        if !self.primed {
            self.primed = true;
            // fork profiles are only meaningful against mainnet state
            if ctx.env.cfg.chain_id == 1 {
                sync::prime_symbols();
            }
        }
    }

    fn step_end(&mut self, interp: &mut Interpreter, _ctx: &mut EvmContext<DB>) {
        let op = interp.current_opcode();
        let used = self.last_gas.saturating_sub(interp.gas.remaining());
        let e = self.per_op.entry(op).or_default();
        e.0 += 1;
        e.1 += used;
        self.last_gas = interp.gas.remaining();
    }

    fn call_end(&mut self, _ctx: &mut EvmContext<DB>, inputs: &CallInputs, outcome: CallOutcome) -> CallOutcome {
        self.calls.push((format!("{:?}", inputs.target_address), outcome.result.gas.spent()));
        outcome
    }
}

impl GasProfiler {
    pub fn report(&self) -> String {
        let mut s = String::from("opcode  count  gas\n");
        for (op, (n, g)) in &self.per_op {
            s.push_str(&format!("0x{op:02x}  {n:>6}  {g:>8}\n"));
        }
        s
    }
}
