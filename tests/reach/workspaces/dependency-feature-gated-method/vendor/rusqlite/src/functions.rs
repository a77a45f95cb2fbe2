//! User-defined SQL functions (`functions` feature).

use std::ops::BitOr;

use crate::{Connection, Error, Result};

pub(crate) type Udf = (String, i32, Box<dyn FnMut(&Context<'_>) -> Result<i64>>);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FunctionFlags(i32);

impl FunctionFlags {
    pub const SQLITE_UTF8: FunctionFlags = FunctionFlags(0x1);
    pub const SQLITE_DETERMINISTIC: FunctionFlags = FunctionFlags(0x800);
}

impl BitOr for FunctionFlags {
    type Output = FunctionFlags;
    fn bitor(self, rhs: FunctionFlags) -> FunctionFlags {
        FunctionFlags(self.0 | rhs.0)
    }
}

/// The arguments a user-defined function is called with.
pub struct Context<'a> {
    args: &'a [i64],
}

impl Context<'_> {
    pub fn get(&self, idx: usize) -> Result<i64> {
        self.args.get(idx).copied().ok_or(Error::InvalidColumnIndex(idx))
    }
}

impl Connection {
    /// Registers `x_func` as a scalar SQL function (its lifetime is not tied
    /// to the connection before 0.25.4: use after free).
    pub fn create_scalar_function<F>(
        &self,
        fn_name: &str,
        n_arg: i32,
        flags: FunctionFlags,
        x_func: F,
    ) -> Result<()>
    where
        F: FnMut(&Context<'_>) -> Result<i64> + 'static,
    {
        let _ = flags;
        self.udfs.borrow_mut().push((fn_name.to_string(), n_arg, Box::new(x_func)));
        Ok(())
    }

    /// Calls a registered function (what SQLite does while running a query).
    pub fn call_function(&self, fn_name: &str, args: &[i64]) -> Result<i64> {
        let mut udfs = self.udfs.borrow_mut();
        match udfs.iter_mut().find(|u| u.0 == fn_name) {
            Some(udf) => (udf.2)(&Context { args }),
            None => Err(Error::SqliteFailure(format!("no such function: {}", fn_name))),
        }
    }
}
