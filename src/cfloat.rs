//! Floating-point text as protobuf's C++ library writes it (`SimpleDtoa`/`SimpleFtoa`: the
//! shortest of `%.15g`/`%.17g` (double) or `%.6g`/`%.9g` (float) that reads back exactly).
//! protoc stores float defaults in descriptors this way, and protoc-gen-js prints them from it.

/// Parses a default as descriptor.proto writes it (`inf`, `-inf`, `nan` or a decimal number).
pub fn parse_float_default(text: &str) -> Option<f64> {
    match text.to_ascii_lowercase().as_str() {
        "inf" | "infinity" | "+inf" => Some(f64::INFINITY),
        "-inf" | "-infinity" => Some(f64::NEG_INFINITY),
        "nan" | "-nan" => Some(f64::NAN),
        t => t.parse().ok(),
    }
}

pub fn simple_dtoa(value: f64) -> String {
    if let Some(s) = non_finite(value) {
        return s.into();
    }
    let short = format_g(value, 15);
    if round_trips(&short, value) { short } else { format_g(value, 17) }
}

pub fn simple_ftoa(value: f32) -> String {
    if let Some(s) = non_finite(f64::from(value)) {
        return s.into();
    }
    let short = format_g(f64::from(value), 6);
    if !value.is_subnormal() && round_trips(&short, value) { short } else { format_g(f64::from(value), 9) }
}

/// Whether `text` reads back as `value` the way protobuf checks it. For floats that is C's
/// `strtof` with `errno` watched, and `strtof` reports a range error on every subnormal
/// result, so a subnormal float always takes the long form (`1.5e-45` is `1.40129846e-45`,
/// never `1.4013e-45`); the double check does not look at `errno`.
fn round_trips<T: std::str::FromStr + PartialEq>(text: &str, value: T) -> bool {
    text.parse::<T>().ok() == Some(value)
}

fn non_finite(value: f64) -> Option<&'static str> {
    if value.is_nan() {
        Some("nan")
    } else if value == f64::INFINITY {
        Some("inf")
    } else if value == f64::NEG_INFINITY {
        Some("-inf")
    } else {
        None
    }
}

/// C's `printf("%.*g", precision, value)` for finite values.
fn format_g(value: f64, precision: usize) -> String {
    if value == 0.0 {
        return if value.is_sign_negative() { "-0".into() } else { "0".into() };
    }
    let sci = format!("{:.*e}", precision - 1, value);
    let (mantissa, exp) = sci.split_once('e').expect("`{:e}` always has an exponent");
    let exp: i32 = exp.parse().expect("`{:e}` exponent is an integer");
    if exp < -4 || exp >= precision as i32 {
        let mantissa = strip_fraction_zeros(mantissa);
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{mantissa}e{sign}{:02}", exp.abs())
    } else {
        let decimals = (precision as i32 - 1 - exp).max(0) as usize;
        strip_fraction_zeros(&format!("{value:.decimals$}")).to_string()
    }
}

fn strip_fraction_zeros(s: &str) -> &str {
    if s.contains('.') { s.trim_end_matches('0').trim_end_matches('.') } else { s }
}


#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_printf_g() {
        assert_eq!(simple_dtoa(1e20), "1e+20");
        assert_eq!(simple_dtoa(1e-7), "1e-07");
        assert_eq!(simple_dtoa(0.1), "0.1");
        assert_eq!(simple_dtoa(123_456_789.123_456_79), "123456789.12345679");
        assert_eq!(simple_ftoa(3.4028235e38), "3.40282347e+38");
        assert_eq!(simple_dtoa(100.0), "100");
        assert_eq!(simple_dtoa(f64::NEG_INFINITY), "-inf");
        // Subnormal floats fail protoc's read-back check, so they take the long form; doubles do not.
        assert_eq!(simple_ftoa(1.5e-45), "1.40129846e-45");
        assert_eq!(simple_ftoa(1e-40), "9.9999461e-41");
        assert_eq!(simple_dtoa(5e-324), "4.94065645841247e-324");
    }
}
