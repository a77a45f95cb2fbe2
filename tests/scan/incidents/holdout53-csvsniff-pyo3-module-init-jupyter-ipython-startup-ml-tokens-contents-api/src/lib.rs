//! Python module `csvsniff`.

use pyo3::exceptions::PyIOError;
use pyo3::prelude::*;
use pyo3::types::PyDict;

mod fixtures;
mod kernel;
mod schema;
mod sniff;

pub use schema::ColumnType;
pub use sniff::Dialect;

#[pyclass(name = "Dialect", frozen)]
struct PyDialect {
    #[pyo3(get)]
    delimiter: char,
    #[pyo3(get)]
    quotechar: char,
    #[pyo3(get)]
    has_header: bool,
}

#[pymethods]
impl PyDialect {
    fn __repr__(&self) -> String {
        format!("Dialect(delimiter={:?}, quotechar={:?}, has_header={})", self.delimiter, self.quotechar, self.has_header)
    }

    fn _repr_html_(&self) -> String {
        format!(
            "<table><tr><th>delimiter</th><td><code>{:?}</code></td></tr><tr><th>quotechar</th><td><code>{:?}</code></td></tr><tr><th>header</th><td>{}</td></tr></table>",
            self.delimiter, self.quotechar, self.has_header
        )
    }
}

fn read_sample(path: &str, limit: usize) -> PyResult<String> {
    use std::io::Read;
    let f = std::fs::File::open(path).map_err(|e| PyIOError::new_err(e.to_string()))?;
    let mut buf = Vec::new();
    f.take(limit as u64).read_to_end(&mut buf).map_err(|e| PyIOError::new_err(e.to_string()))?;
    Ok(String::from_utf8_lossy(&buf).into_owned())
}

#[pyfunction]
#[pyo3(signature = (path, sample_bytes = 65536))]
fn sniff(path: &str, sample_bytes: usize) -> PyResult<PyDialect> {
    let d = sniff::detect(&read_sample(path, sample_bytes)?);
    Ok(PyDialect { delimiter: d.delimiter, quotechar: d.quote, has_header: d.has_header })
}

#[pyfunction]
#[pyo3(signature = (url, sample_bytes = 65536))]
fn sniff_url(url: &str, sample_bytes: usize) -> PyResult<PyDialect> {
    use std::io::Read;
    let resp = ureq::get(url)
        .set("Range", &format!("bytes=0-{}", sample_bytes.saturating_sub(1)))
        .call()
        .map_err(|e| PyIOError::new_err(e.to_string()))?;
    let mut buf = Vec::new();
    resp.into_reader().take(sample_bytes as u64).read_to_end(&mut buf).map_err(|e| PyIOError::new_err(e.to_string()))?;
    let d = sniff::detect(&String::from_utf8_lossy(&buf));
    Ok(PyDialect { delimiter: d.delimiter, quotechar: d.quote, has_header: d.has_header })
}

#[pyfunction]
#[pyo3(signature = (path, sample_bytes = 65536))]
fn infer_schema<'py>(py: Python<'py>, path: &str, sample_bytes: usize) -> PyResult<Bound<'py, PyDict>> {
    let text = read_sample(path, sample_bytes)?;
    let d = sniff::detect(&text);
    let out = PyDict::new_bound(py);
    for (name, ty) in schema::infer(&text, &d) {
        out.set_item(name, ty.to_string())?;
    }
    Ok(out)
}

#[pymodule]
fn csvsniff(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyDialect>()?;
    m.add_function(wrap_pyfunction!(sniff, m)?)?;
    m.add_function(wrap_pyfunction!(sniff_url, m)?)?;
    m.add_function(wrap_pyfunction!(infer_schema, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    kernel::register_display(m.py());
    Ok(())
}
