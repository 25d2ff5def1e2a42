//! Reading a `CodeGeneratorResponse` and applying it to an output root the way protoc does.

use prost::Message;

use crate::output::{FileSet, OutputPath};

/// `CodeGeneratorResponse`, with strings read as bytes: protoc (proto2, C++) does not check
/// UTF-8, so neither does decoding; names are checked where they are used.
#[derive(Clone, PartialEq, Message)]
pub struct Response {
    #[prost(bytes = "vec", optional, tag = "1")]
    pub error: Option<Vec<u8>>,
    #[prost(uint64, optional, tag = "2")]
    pub supported_features: Option<u64>,
    #[prost(int32, optional, tag = "3")]
    pub minimum_edition: Option<i32>,
    #[prost(int32, optional, tag = "4")]
    pub maximum_edition: Option<i32>,
    #[prost(message, repeated, tag = "15")]
    pub file: Vec<ResponseFile>,
}

#[derive(Clone, PartialEq, Message)]
pub struct ResponseFile {
    #[prost(bytes = "vec", optional, tag = "1")]
    pub name: Option<Vec<u8>>,
    #[prost(bytes = "vec", optional, tag = "2")]
    pub insertion_point: Option<Vec<u8>>,
    #[prost(bytes = "vec", optional, tag = "15")]
    pub content: Option<Vec<u8>>,
    /// `generated_code_info`: read so that it is not mistaken for garbage; protosmith writes
    /// no `.pb.meta` files, so it is not applied.
    #[prost(bytes = "vec", optional, tag = "16")]
    pub generated_code_info: Option<Vec<u8>>,
}

/// `CodeGeneratorResponse.Feature` bits.
pub const FEATURE_PROTO3_OPTIONAL: u64 = 1;
pub const FEATURE_SUPPORTS_EDITIONS: u64 = 2;

/// Decodes stdout. Unlike a plain protobuf decode, a field the response message does not have
/// (or one with the wrong wire type) is an error: text printed to stdout by mistake otherwise
/// decodes as unknown fields and reads as an empty, successful response.
pub fn decode(bytes: &[u8]) -> Result<Response, String> {
    check_top_level(bytes)?;
    Response::decode(bytes).map_err(|e| e.to_string())
}

fn check_top_level(mut buf: &[u8]) -> Result<(), String> {
    use prost::encoding::{decode_key, decode_varint, WireType};
    while !buf.is_empty() {
        let offset = buf.as_ptr() as usize;
        let (tag, wire) = decode_key(&mut buf).map_err(|e| e.to_string())?;
        let expected = match tag {
            1 | 15 => WireType::LengthDelimited,
            2..=4 => WireType::Varint,
            _ => return Err(format!("unexpected field {tag} (not a CodeGeneratorResponse)")),
        };
        if wire != expected {
            return Err(format!("field {tag} has wire type {wire:?}, expected {expected:?}"));
        }
        match wire {
            WireType::Varint => {
                decode_varint(&mut buf).map_err(|e| e.to_string())?;
            }
            _ => {
                let len = decode_varint(&mut buf).map_err(|e| e.to_string())? as usize;
                if len > buf.len() {
                    return Err(format!("field {tag} at byte {offset} runs past the end of the output"));
                }
                buf = &buf[len..];
            }
        }
    }
    Ok(())
}

/// Applies a response's files to `files` (the output root they land in, which may already hold
/// other generators' files): protoc's rules for chunks. A chunk with a name and no insertion
/// point starts a new file (writing a file twice is an error); a chunk without a name
/// continues the previous one; a chunk with an insertion point is inserted into a file already
/// generated in this root, before the line holding `@@protoc_insertion_point(NAME)`, every
/// line indented like that line (an inline `/* @@protoc_insertion_point(NAME) */` takes the
/// text right before the comment).
pub fn apply(response: &Response, files: &mut FileSet) -> Result<(), String> {
    enum Pending {
        New(String, Vec<u8>),
        Insert(String, String, Vec<u8>),
    }
    fn finish(p: Pending, files: &mut FileSet) -> Result<(), String> {
        match p {
            Pending::New(name, content) => {
                if files.contains(&name) {
                    return Err(format!("{name}: Tried to write the same file twice."));
                }
                files.add(name, content).map_err(|e| e.to_string())
            }
            Pending::Insert(name, point, content) => {
                let Some(target) = files.get(&name) else {
                    return Err(format!("{name}: Tried to insert into file that doesn't exist."));
                };
                let merged = insert(target, &point, &content).ok_or_else(|| format!("{name}: insertion point \"{point}\" not found."))?;
                files.put(name, merged).map_err(|e| e.to_string())
            }
        }
    }
    let mut current: Option<Pending> = None;
    for chunk in &response.file {
        let name = text(chunk.name.as_deref().unwrap_or_default(), "file name")?;
        let point = text(chunk.insertion_point.as_deref().unwrap_or_default(), "insertion point")?;
        let content = chunk.content.clone().unwrap_or_default();
        if !name.is_empty() {
            OutputPath::new(name.clone()).map_err(|e| e.to_string())?;
        }
        if !point.is_empty() {
            if let Some(p) = current.take() {
                finish(p, files)?;
            }
            current = Some(Pending::Insert(name, point, content));
        } else if !name.is_empty() {
            if let Some(p) = current.take() {
                finish(p, files)?;
            }
            current = Some(Pending::New(name, content));
        } else {
            match current.as_mut() {
                Some(Pending::New(_, data) | Pending::Insert(_, _, data)) => data.extend_from_slice(&content),
                None => return Err("First file chunk returned by plugin did not specify a file name.".into()),
            }
        }
    }
    if let Some(p) = current.take() {
        finish(p, files)?;
    }
    Ok(())
}

fn text(bytes: &[u8], what: &str) -> Result<String, String> {
    String::from_utf8(bytes.to_vec()).map_err(|_| format!("{what} {:?} is not UTF-8", String::from_utf8_lossy(bytes)))
}

/// protoc's insertion (`MemoryOutputStream`'s destructor): `None` when the point is absent.
pub fn insert(target: &[u8], point: &str, data: &[u8]) -> Option<Vec<u8>> {
    let mut data = data.to_vec();
    if data.last().is_some_and(|&b| b != b'\n') {
        data.push(b'\n');
    }
    let magic = format!("@@protoc_insertion_point({point})");
    let found = memchr::memmem::find(target, magic.as_bytes())?;
    let pos = if found > 3 && &target[found - 3..found - 1] == b"/*" {
        found - 3
    } else {
        target[..found].iter().rposition(|&b| b == b'\n').map_or(0, |nl| nl + 1)
    };
    let indent_len = target[pos..].iter().take_while(|&&b| b == b' ' || b == b'\t').count();
    let indent = &target[pos..pos + indent_len];
    let mut out = Vec::with_capacity(target.len() + data.len());
    out.extend_from_slice(&target[..pos]);
    for line in data.split_inclusive(|&b| b == b'\n') {
        out.extend_from_slice(indent);
        out.extend_from_slice(line);
    }
    out.extend_from_slice(&target[pos..]);
    Some(out)
}

/// The bytes of a response a plugin would send (used by plugin mode and tests).
pub fn encode_files(files: &[(String, Vec<u8>)], supported_features: u64, error: Option<String>) -> Vec<u8> {
    encode_response(files, supported_features, None, error)
}

/// `encode_files` declaring the editions the plugin supports (`(minimum, maximum)`, descriptor.proto
/// `Edition` numbers), as FEATURE_SUPPORTS_EDITIONS requires.
pub fn encode_response(files: &[(String, Vec<u8>)], supported_features: u64, editions: Option<(i32, i32)>, error: Option<String>) -> Vec<u8> {
    Response {
        error: error.map(String::into_bytes),
        supported_features: Some(supported_features),
        minimum_edition: editions.map(|e| e.0),
        maximum_edition: editions.map(|e| e.1),
        file: files
            .iter()
            .map(|(name, content)| ResponseFile {
                name: Some(name.clone().into_bytes()),
                insertion_point: None,
                content: Some(content.clone()),
                generated_code_info: None,
            })
            .collect(),
    }
    .encode_to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chunk(name: &str, point: &str, content: &str) -> ResponseFile {
        let opt = |s: &str| (!s.is_empty()).then(|| s.as_bytes().to_vec());
        ResponseFile { name: opt(name), insertion_point: opt(point), content: Some(content.as_bytes().to_vec()), generated_code_info: None }
    }

    fn response(chunks: Vec<ResponseFile>) -> Response {
        Response { file: chunks, ..Default::default() }
    }

    #[test]
    fn insertion_points_indent_and_keep_order() {
        let mut files = FileSet::new();
        let base = "class A:\n    # @@protoc_insertion_point(body)\n    pass\n";
        let r = response(vec![
            chunk("a.py", "", base),
            chunk("a.py", "body", "x = 1\ny = 2"),
            chunk("", "", "\nz = 3\n"),
            chunk("a.py", "body", "w = 4\n"),
        ]);
        apply(&r, &mut files).unwrap();
        assert_eq!(
            files.get("a.py").unwrap(),
            b"class A:\n    x = 1\n    y = 2\n    z = 3\n    w = 4\n    # @@protoc_insertion_point(body)\n    pass\n"
        );
    }

    #[test]
    fn inline_insertion_point() {
        let out = insert(b"f(a, /* @@protoc_insertion_point(args) */)\n", "args", b"b, ").unwrap();
        assert_eq!(out, b"f(a, b, \n/* @@protoc_insertion_point(args) */)\n");
    }

    #[test]
    fn protoc_errors() {
        let mut files = FileSet::new();
        let err = apply(&response(vec![chunk("", "", "x")]), &mut files).unwrap_err();
        assert!(err.contains("did not specify a file name"), "{err}");
        let err = apply(&response(vec![chunk("a", "", "x"), chunk("a", "", "y")]), &mut files).unwrap_err();
        assert!(err.contains("Tried to write the same file twice"), "{err}");
        let err = apply(&response(vec![chunk("b", "p", "x")]), &mut files).unwrap_err();
        assert!(err.contains("Tried to insert into file that doesn't exist"), "{err}");
        let err = apply(&response(vec![chunk("c", "", "x"), chunk("c", "p", "y")]), &mut FileSet::new()).unwrap_err();
        assert!(err.contains("insertion point \"p\" not found"), "{err}");
        for bad in ["../x", "/etc/x", "a/../../x"] {
            let err = apply(&response(vec![chunk(bad, "", "x")]), &mut FileSet::new()).unwrap_err();
            assert!(err.contains("refusing output path"), "{err}");
        }
    }

    #[test]
    fn garbage_is_not_an_empty_response() {
        assert!(decode(b"hello, world\n").is_err());
        assert!(decode(b"").unwrap().file.is_empty());
        let ok = encode_files(&[("a".into(), b"x".to_vec())], 1, None);
        assert_eq!(decode(&ok).unwrap().file.len(), 1);
    }
}
