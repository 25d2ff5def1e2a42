//! Literal text exactly as protoc-gen-js prints it: JS string escapes, its base64 of bytes
//! defaults, and `SimpleDtoa`/`SimpleFtoa` numbers post-processed to Java's `Double.toString`
//! look (`1.0E20`, `Infinity`).

use crate::cfloat::{simple_dtoa, simple_ftoa};

/// protoc-gen-js's `EscapeJSString`. protoc-gen-js stops at the first code point above U+FFFF
/// (it warns and truncates the default); unless `truncate_astral` asks for that exact output,
/// the UTF-16 surrogate pair is written instead, so the default keeps its full text.
pub fn escape_js_string(s: &str, truncate_astral: bool) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let cp = c as u32;
        match c {
            '\'' => out.push_str("\\x27"),
            '"' => out.push_str("\\x22"),
            '<' => out.push_str("\\x3c"),
            '=' => out.push_str("\\x3d"),
            '>' => out.push_str("\\x3e"),
            '&' => out.push_str("\\x26"),
            '\u{8}' => out.push_str("\\b"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\u{c}' => out.push_str("\\f"),
            '\r' => out.push_str("\\r"),
            '\\' => out.push_str("\\\\"),
            _ if cp > 0xFFFF && truncate_astral => break,
            _ if cp > 0xFFFF => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
            _ if (0x20..=0x7e).contains(&cp) => out.push(c),
            _ if cp >= 0x100 => out.push_str(&format!("\\u{cp:04x}")),
            _ => out.push_str(&format!("\\x{cp:02x}")),
        }
    }
    out
}

/// protoc-gen-js's `EscapeBase64`. It reads the input as signed `char`s, so a byte >= 0x80
/// sign-extends into the neighbouring sextets; the quirk is kept because the output is the
/// wire contract of "byte-identical".
pub fn quirky_base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let signed = |i: usize| i32::from(bytes[i] as i8);
    let mut out = String::new();
    let n = bytes.len();
    let mut i = 0;
    while i < n {
        let mut value = signed(i) << 16;
        if i + 1 < n {
            value |= signed(i + 1) << 8;
        }
        if i + 2 < n {
            value |= signed(i + 2);
        }
        let sextet = |shift: u32| ALPHABET[((value >> shift) & 0x3f) as usize] as char;
        out.push(sextet(18));
        out.push(sextet(12));
        out.push(if i + 1 < n { sextet(6) } else { '=' });
        out.push(if i + 2 < n { sextet(0) } else { '=' });
        i += 3;
    }
    out
}

/// Undoes the C escaping descriptor.proto uses for `bytes` defaults.
pub fn c_unescape(text: &str) -> Vec<u8> {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' || i + 1 == b.len() {
            out.push(b[i]);
            i += 1;
            continue;
        }
        i += 1;
        let c = b[i];
        i += 1;
        match c {
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = u32::from(c - b'0');
                for _ in 0..2 {
                    match b.get(i) {
                        Some(d @ b'0'..=b'7') => {
                            v = v * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(v as u8);
            }
            b'x' | b'X' => {
                let mut v = 0u32;
                let mut digits = 0;
                while digits < 2 {
                    match b.get(i).and_then(|d| (*d as char).to_digit(16)) {
                        Some(d) => {
                            v = v * 16 + d;
                            i += 1;
                            digits += 1;
                        }
                        None => break,
                    }
                }
                out.push(v as u8);
            }
            other => out.push(other),
        }
    }
    out
}

/// A double default as protoc-gen-js prints it (`SimpleDtoa`, then Java-style touches).
pub fn double_literal(value: f64) -> String {
    post_process_float(simple_dtoa(value))
}

/// A float default as protoc-gen-js prints it (`SimpleFtoa`, then Java-style touches).
pub fn float_literal(value: f32) -> String {
    post_process_float(simple_ftoa(value))
}

fn post_process_float(result: String) -> String {
    match result.as_str() {
        "inf" => return "Infinity".into(),
        "-inf" => return "-Infinity".into(),
        "nan" => return "NaN".into(),
        _ => {}
    }
    if let Some((mantissa, exponent)) = result.split_once('e') {
        let mut mantissa = mantissa.to_string();
        if !mantissa.contains('.') {
            mantissa.push_str(".0");
        }
        let (negative, digits) = match exponent.as_bytes().first() {
            Some(b'+') => (false, &exponent[1..]),
            Some(b'-') => (true, &exponent[1..]),
            _ => (false, exponent),
        };
        let digits = digits.trim_start_matches('0');
        let digits = if digits.is_empty() { "0" } else { digits };
        return format!("{mantissa}E{}{digits}", if negative { "-" } else { "" });
    }
    if result.contains('.') { result } else { result + ".0" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_like_java() {
        assert_eq!(double_literal(1e20), "1.0E20");
        assert_eq!(double_literal(1.5), "1.5");
        assert_eq!(double_literal(3.0), "3.0");
        assert_eq!(double_literal(-2.5e-7), "-2.5E-7");
        assert_eq!(double_literal(0.1), "0.1");
        assert_eq!(double_literal(f64::INFINITY), "Infinity");
        assert_eq!(double_literal(f64::NAN), "NaN");
        assert_eq!(float_literal(0.1), "0.1");
        assert_eq!(float_literal(3.4028235e38), "3.40282347E38");
        assert_eq!(double_literal(0.0), "0.0");
    }

    #[test]
    fn base64_keeps_the_sign_extension_quirk() {
        assert_eq!(quirky_base64(b"abc"), "YWJj");
        assert_eq!(quirky_base64(b"ab"), "YWI=");
        assert_eq!(quirky_base64(&[0x00, 0xff]), "//8=");
    }

    #[test]
    fn strings_escape_like_protoc_gen_js() {
        assert_eq!(escape_js_string("a'b\"<=>&\n\u{e9}\u{263a}", false), "a\\x27b\\x22\\x3c\\x3d\\x3e\\x26\\n\\xe9\\u263a");
        assert_eq!(escape_js_string("ok\u{1F600}kept", false), "ok\\ud83d\\ude00kept");
        assert_eq!(escape_js_string("ok\u{1F600}cut", true), "ok");
        assert_eq!(c_unescape("a\\001\\xffz\\n"), vec![b'a', 1, 0xff, b'z', b'\n']);
    }
}
