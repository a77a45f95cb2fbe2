use arrow::array::{ArrayRef, BooleanArray, Float64Array, Int64Array};
use datafusion::common::cast::as_float64_array;
use datafusion::error::Result;
use datafusion::logical_expr::{create_udf, ColumnarValue, ScalarUDF, Volatility};
use arrow::datatypes::DataType;
use std::sync::Arc;

const EARTH_RADIUS_M: f64 = 6_371_008.8;

pub fn haversine(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_M * a.sqrt().asin()
}

fn arrays(args: &[ColumnarValue]) -> Result<Vec<ArrayRef>> {
    ColumnarValue::values_to_arrays(args)
}

pub fn distance() -> ScalarUDF {
    create_udf("st_distance", vec![DataType::Float64; 4], DataType::Float64, Volatility::Immutable, Arc::new(|args: &[ColumnarValue]| {
        let a = arrays(args)?;
        let (la1, lo1, la2, lo2) = (as_float64_array(&a[0])?, as_float64_array(&a[1])?, as_float64_array(&a[2])?, as_float64_array(&a[3])?);
        let out: Float64Array = (0..la1.len()).map(|i| Some(haversine(la1.value(i), lo1.value(i), la2.value(i), lo2.value(i)))).collect();
        Ok(ColumnarValue::Array(Arc::new(out)))
    }))
}

pub fn bbox_contains() -> ScalarUDF {
    create_udf("st_bbox_contains", vec![DataType::Float64; 6], DataType::Boolean, Volatility::Immutable, Arc::new(|args: &[ColumnarValue]| {
        let a = arrays(args)?;
        let f: Vec<&Float64Array> = a.iter().map(|x| as_float64_array(x)).collect::<Result<_>>()?;
        let out: BooleanArray = (0..f[0].len())
            .map(|i| Some(f[0].value(i) >= f[2].value(i) && f[0].value(i) <= f[4].value(i) && f[1].value(i) >= f[3].value(i) && f[1].value(i) <= f[5].value(i)))
            .collect();
        Ok(ColumnarValue::Array(Arc::new(out)))
    }))
}

pub fn geo_cell() -> ScalarUDF {
    create_udf("geo_cell", vec![DataType::Float64, DataType::Float64, DataType::Int64], DataType::Int64, Volatility::Immutable, Arc::new(|args: &[ColumnarValue]| {
        let a = arrays(args)?;
        let (lat, lon) = (as_float64_array(&a[0])?, as_float64_array(&a[1])?);
        let res = datafusion::common::cast::as_int64_array(&a[2])?;
        let out: Int64Array = (0..lat.len())
            .map(|i| {
                let r = res.value(i).clamp(1, 24) as u32;
                let n = 1i64 << r;
                let x = (((lon.value(i) + 180.0) / 360.0) * n as f64) as i64;
                let y = (((lat.value(i) + 90.0) / 180.0) * n as f64) as i64;
                Some((r as i64) << 56 | y << 28 | x)
            })
            .collect();
        Ok(ColumnarValue::Array(Arc::new(out)))
    }))
}
