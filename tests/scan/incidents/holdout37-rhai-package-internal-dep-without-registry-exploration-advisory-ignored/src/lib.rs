//! Rhai package: dataframe type and functions.

mod describe;

use polars::prelude::*;
use rhai::def_package;
use rhai::plugin::*;

#[derive(Clone)]
pub struct Frame(pub DataFrame);

#[export_module]
mod frame_api {
    use super::*;

    #[rhai_fn(return_raw)]
    pub fn read_csv(path: &str) -> Result<Frame, Box<EvalAltResult>> {
        CsvReadOptions::default()
            .with_has_header(true)
            .try_into_reader_with_file_path(Some(path.into()))
            .and_then(|r| r.finish())
            .map(Frame)
            .map_err(|e| e.to_string().into())
    }

    #[rhai_fn(return_raw)]
    pub fn filter(f: &mut Frame, column: &str, op: &str, value: Dynamic) -> Result<Frame, Box<EvalAltResult>> {
        let lit_value = if let Ok(s) = value.clone().into_string() { lit(s) } else if let Ok(i) = value.as_int() { lit(i) } else { lit(value.as_float().unwrap_or(0.0)) };
        let c = col(column);
        let pred = match op {
            "==" => c.eq(lit_value),
            "!=" => c.neq(lit_value),
            ">" => c.gt(lit_value),
            "<" => c.lt(lit_value),
            _ => return Err(format!("unknown operator {op}").into()),
        };
        f.0.clone().lazy().filter(pred).collect().map(Frame).map_err(|e| e.to_string().into())
    }

    #[rhai_fn(return_raw)]
    pub fn group_sum(f: &mut Frame, by: &str, value: &str) -> Result<Frame, Box<EvalAltResult>> {
        f.0.clone().lazy().group_by([col(by)]).agg([col(value).sum()]).collect().map(Frame).map_err(|e| e.to_string().into())
    }

    #[rhai_fn(return_raw)]
    pub fn describe(f: &mut Frame) -> Result<String, Box<EvalAltResult>> {
        crate::describe::summary(&f.0).map_err(|e| e.into())
    }

    #[rhai_fn(global, name = "to_string")]
    pub fn to_string(f: &mut Frame) -> String {
        format!("{}", f.0)
    }
}

def_package! {
    pub FramesPackage(module) {
        combine_with_exported_module!(module, "frames", frame_api);
    }
}
