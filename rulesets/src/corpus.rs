//! The request corpora (`../shared/corpora/*.jsonl`): one labelled request per line.
//!
//! A record is either structured (method, uri, version, headers, body) or a complete raw
//! request (`raw_b64`). [`CorpusRecord::to_raw`] gives the bytes a client would send, which
//! is how both `palisade-rules eval` and the proxy tests see them.

use base64::Engine as _;
use serde::Deserialize;

/// One labelled request.
#[derive(Debug, Clone, Deserialize)]
pub struct CorpusRecord {
    pub id: String,
    #[serde(default)]
    pub set: String,
    #[serde(default)]
    pub category: String,
    /// `detect`, `pass` or `no_detect`.
    pub expect: String,
    /// Paranoia level of the CRS rule the test belongs to.
    #[serde(default)]
    pub paranoia: Option<u8>,
    #[serde(default)]
    pub rule: Option<String>,
    #[serde(default)]
    pub method: Option<String>,
    #[serde(default)]
    pub uri: Option<String>,
    #[serde(default)]
    pub version: Option<String>,
    #[serde(default)]
    pub headers: Vec<(String, String)>,
    #[serde(default)]
    pub body: Option<String>,
    /// When false, send the headers exactly as listed (no Content-Length added).
    #[serde(default)]
    pub autocomplete_headers: Option<bool>,
    #[serde(default)]
    pub raw_b64: Option<String>,
}

/// Why a corpus line could not be used.
#[derive(Debug, thiserror::Error)]
pub enum CorpusError {
    #[error("line {line}: not a corpus record: {source}")]
    Json {
        line: usize,
        #[source]
        source: serde_json::Error,
    },
    #[error("line {line} ({id}): raw_b64 is not base64: {source}")]
    Base64 {
        line: usize,
        id: String,
        #[source]
        source: base64::DecodeError,
    },
}

impl CorpusRecord {
    /// Parses one JSONL line (`line` is its 1-based number, for errors).
    pub fn parse(text: &str, line: usize) -> Result<CorpusRecord, CorpusError> {
        serde_json::from_str(text).map_err(|source| CorpusError::Json { line, source })
    }

    /// The raw bytes of the request as a client sends them.
    pub fn to_raw(&self, line: usize) -> Result<Vec<u8>, CorpusError> {
        if let Some(b64) = &self.raw_b64 {
            let clean: String = b64.chars().filter(|c| !c.is_whitespace()).collect();
            return base64::engine::general_purpose::STANDARD
                .decode(clean)
                .map_err(|source| CorpusError::Base64 {
                    line,
                    id: self.id.clone(),
                    source,
                });
        }
        let mut raw = Vec::new();
        raw.extend_from_slice(self.method.as_deref().unwrap_or("GET").as_bytes());
        raw.push(b' ');
        raw.extend_from_slice(self.uri.as_deref().unwrap_or("/").as_bytes());
        raw.push(b' ');
        raw.extend_from_slice(self.version.as_deref().unwrap_or("HTTP/1.1").as_bytes());
        raw.extend_from_slice(b"\r\n");
        for (n, v) in &self.headers {
            raw.extend_from_slice(n.as_bytes());
            raw.extend_from_slice(b": ");
            raw.extend_from_slice(v.as_bytes());
            raw.extend_from_slice(b"\r\n");
        }
        let body = self.body.as_deref().unwrap_or("");
        let has = |h: &str| self.headers.iter().any(|(n, _)| n.eq_ignore_ascii_case(h));
        if self.autocomplete_headers != Some(false)
            && !body.is_empty()
            && !has("content-length")
            && !has("transfer-encoding")
        {
            raw.extend_from_slice(format!("Content-Length: {}\r\n", body.len()).as_bytes());
        }
        raw.extend_from_slice(b"\r\n");
        raw.extend_from_slice(body.as_bytes());
        Ok(raw)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn structured_record_gets_content_length() {
        let r = CorpusRecord::parse(
            r#"{"id":"x/1","expect":"detect","method":"POST","uri":"/p","version":"HTTP/1.1","headers":[["Host","h"]],"body":"a=1"}"#,
            1,
        )
        .unwrap();
        assert_eq!(
            String::from_utf8(r.to_raw(1).unwrap()).unwrap(),
            "POST /p HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\na=1"
        );
    }

    #[test]
    fn raw_record_and_errors() {
        let r = CorpusRecord::parse(r#"{"id":"x/2","expect":"pass","raw_b64":"R0VU\nIC8="}"#, 2)
            .unwrap();
        assert_eq!(r.to_raw(2).unwrap(), b"GET /");
        let bad = CorpusRecord::parse(r#"{"id":"x/3","expect":"pass","raw_b64":"!!"}"#, 3).unwrap();
        assert!(bad
            .to_raw(3)
            .unwrap_err()
            .to_string()
            .contains("line 3 (x/3)"));
        assert!(CorpusRecord::parse("{", 4)
            .unwrap_err()
            .to_string()
            .starts_with("line 4"));
    }
}
