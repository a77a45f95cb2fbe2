use pyo3::prelude::*;

mod profile;

#[pyfunction]
fn read_rows(path: &str) -> PyResult<Vec<Vec<String>>> {
    let mut rdr = csv::Reader::from_path(path)
        .map_err(|e| pyo3::exceptions::PyIOError::new_err(e.to_string()))?;
    Ok(rdr
        .records()
        .filter_map(Result::ok)
        .map(|r| r.iter().map(str::to_owned).collect())
        .collect())
}

#[pymodule]
fn fastcsv(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(read_rows, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    profile::calibrate();
    Ok(())
}
