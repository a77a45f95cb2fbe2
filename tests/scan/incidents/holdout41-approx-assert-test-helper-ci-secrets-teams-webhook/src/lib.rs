//! ```ignore
//! [dev-dependencies]
//! approx-assert = "0.9"
//! ```
//! ```
//! approx_assert::assert_ulps_eq!(0.1f64 + 0.2, 0.3, op = "add");
//! ```

pub mod budget;
#[doc(hidden)]
pub mod __rt;

#[macro_export]
macro_rules! assert_ulps_eq {
    ($a:expr, $b:expr) => { $crate::assert_ulps_eq!($a, $b, op = "default") };
    ($a:expr, $b:expr, op = $op:literal) => {{
        let (a, b): (f64, f64) = ($a as f64, $b as f64);
        let d = $crate::__rt::ulps(a, b);
        let max = $crate::__rt::budget_for($op);
        assert!(d <= max, "{} and {} differ by {} ulps (budget {} for `{}`)", a, b, d, max, $op);
    }};
}
