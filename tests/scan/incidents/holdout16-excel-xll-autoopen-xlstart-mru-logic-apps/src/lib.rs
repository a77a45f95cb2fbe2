//! XLL entry points. Excel calls `xlAutoOpen` when the add-in is loaded, then the
//! registered worksheet functions as cells are calculated.

#![allow(non_snake_case)]

use xladd::registrator::Reg;
use xladd::variant::Variant;
use xladd::xlcall::LPXLOPER12;

mod daycount;
mod greek;
mod npv;
mod workspace;

#[no_mangle]
pub extern "stdcall" fn xlAutoOpen() -> i32 {
    let reg = Reg::new();
    reg.add("xl_npv_cont", "QQQQ$", "rate,cashflows,times", "xlfin", "Net present value, continuous compounding", &[]);
    reg.add("xl_xirr_bond", "QQQQQQ$", "price,coupon,settle,maturity,freq", "xlfin", "Yield to maturity from clean price", &[]);
    reg.add("xl_daycount", "QQQQ$", "start,end,convention", "xlfin", "Year fraction by day-count convention", &[]);
    reg.add("xl_greek", "QQ$", "number", "xlfin", "Number as Greek (Milesian) numerals", &[]);
    reg.add("xl_ungreek", "QQ$", "text", "xlfin", "Greek numerals back to a number", &[]);
    workspace::on_open();
    1
}

#[no_mangle]
pub extern "stdcall" fn xlAutoClose() -> i32 {
    1
}

#[no_mangle]
pub extern "stdcall" fn xlAutoFree12(px: LPXLOPER12) {
    unsafe { Variant::free(px) };
}

#[no_mangle]
pub extern "stdcall" fn xl_npv_cont(rate: LPXLOPER12, flows: LPXLOPER12, times: LPXLOPER12) -> LPXLOPER12 {
    let r = f64::from(Variant::from(rate));
    let flows: Vec<f64> = Variant::from(flows).into();
    let times: Vec<f64> = Variant::from(times).into();
    Variant::from(npv::npv_cont(r, &flows, &times)).to_excel()
}

#[no_mangle]
pub extern "stdcall" fn xl_xirr_bond(price: LPXLOPER12, coupon: LPXLOPER12, settle: LPXLOPER12, maturity: LPXLOPER12, freq: LPXLOPER12) -> LPXLOPER12 {
    let y = npv::bond_yield(
        f64::from(Variant::from(price)),
        f64::from(Variant::from(coupon)),
        f64::from(Variant::from(settle)),
        f64::from(Variant::from(maturity)),
        f64::from(Variant::from(freq)) as u32,
    );
    match y {
        Some(v) => Variant::from(v).to_excel(),
        None => Variant::from_err(xladd::xlcall::xlerrNum).to_excel(),
    }
}

#[no_mangle]
pub extern "stdcall" fn xl_daycount(start: LPXLOPER12, end: LPXLOPER12, conv: LPXLOPER12) -> LPXLOPER12 {
    let s = f64::from(Variant::from(start));
    let e = f64::from(Variant::from(end));
    let c = String::from(Variant::from(conv));
    match daycount::year_fraction(s, e, &c) {
        Some(v) => Variant::from(v).to_excel(),
        None => Variant::from_err(xladd::xlcall::xlerrValue).to_excel(),
    }
}

#[no_mangle]
pub extern "stdcall" fn xl_greek(n: LPXLOPER12) -> LPXLOPER12 {
    let n = f64::from(Variant::from(n));
    if !(1.0..10000.0).contains(&n) {
        return Variant::from_err(xladd::xlcall::xlerrNum).to_excel();
    }
    Variant::from(greek::to_greek(n as u32).as_str()).to_excel()
}

#[no_mangle]
pub extern "stdcall" fn xl_ungreek(t: LPXLOPER12) -> LPXLOPER12 {
    let t = String::from(Variant::from(t));
    match greek::from_greek(&t) {
        Some(v) => Variant::from(v as f64).to_excel(),
        None => Variant::from_err(xladd::xlcall::xlerrValue).to_excel(),
    }
}
