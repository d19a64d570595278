//! Reading Tencent's `{"Response": {...}}` in one pass.
//!
//! A success and an error share the envelope, and a generated response type (all members
//! optional, unknown members ignored) would happily deserialise from an error. Checking for
//! `Response.Error` in a separate pass costs a full scan of the body (about half the decoding
//! time of a 2.5 MB answer), so instead the deserializer handed to the response type is
//! wrapped: the wrapper watches the keys of the `Response` object, takes `Error` aside and
//! notes `RequestId` (still passing it on), and hands every other key to the response type
//! untouched. Only the handful of top-level keys are looked at; nested values stream
//! straight through.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{
    DeserializeOwned, DeserializeSeed, Deserializer, Error as _, IntoDeserializer, MapAccess,
    Visitor,
};
use serde::Deserialize;

/// Tencent's error object.
#[derive(Debug, Deserialize)]
pub(crate) struct ErrorBody {
    #[serde(rename = "Code")]
    pub code: Option<String>,
    #[serde(rename = "Message")]
    pub message: Option<String>,
}

/// What the wrapper took aside.
#[derive(Debug, Default)]
pub(crate) struct Aside {
    pub error: Option<ErrorBody>,
    pub request_id: Option<String>,
    /// Whether a `Response` member was seen at all.
    pub seen: bool,
}

/// Deserialise `{"Response": T}` from `body`, filling `aside` as it goes. On error, `aside`
/// still holds whatever was seen before the failure.
pub(crate) fn decode<T: DeserializeOwned>(
    body: &[u8],
    aside: &mut Aside,
) -> Result<Option<T>, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_slice(body);
    let value = (&mut de).deserialize_map(EnvelopeVisitor {
        aside,
        marker: PhantomData,
    })?;
    de.end()?;
    Ok(value)
}

struct EnvelopeVisitor<'a, T> {
    aside: &'a mut Aside,
    marker: PhantomData<T>,
}

impl<'de, T: DeserializeOwned> Visitor<'de> for EnvelopeVisitor<'_, T> {
    type Value = Option<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object with a \"Response\" member")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut value = None;
        while let Some(key) = map.next_key::<KeyName>()? {
            if key.0 == "Response" && value.is_none() {
                self.aside.seen = true;
                value = Some(map.next_value_seed(ResponseSeed {
                    aside: &mut *self.aside,
                    marker: PhantomData,
                })?);
            } else {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(value)
    }
}

/// A key, owned: only top-level keys are read this way, a few per answer.
struct KeyName(String);

impl<'de> Deserialize<'de> for KeyName {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(KeyName)
    }
}

struct ResponseSeed<'a, T> {
    aside: &'a mut Aside,
    marker: PhantomData<T>,
}

impl<'de, T: DeserializeOwned> DeserializeSeed<'de> for ResponseSeed<'_, T> {
    type Value = T;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<T, D::Error> {
        T::deserialize(Watching {
            inner: d,
            aside: self.aside,
        })
    }
}

/// The deserializer handed to `T`: whatever `T` asks for, the `Response` object is read as
/// a map through [`WatchingMap`].
struct Watching<'a, D> {
    inner: D,
    aside: &'a mut Aside,
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Watching<'_, D> {
    type Error = D::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.inner.deserialize_map(WatchingVisitor {
            inner: visitor,
            aside: self.aside,
        })
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

struct WatchingVisitor<'a, V> {
    inner: V,
    aside: &'a mut Aside,
}

impl<'de, V: Visitor<'de>> Visitor<'de> for WatchingVisitor<'_, V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.inner.expecting(f)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.inner.visit_map(WatchingMap {
            inner: map,
            aside: self.aside,
            request_id_next: false,
        })
    }
}

struct WatchingMap<'a, A> {
    inner: A,
    aside: &'a mut Aside,
    request_id_next: bool,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for WatchingMap<'_, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        loop {
            let Some(KeyName(key)) = self.inner.next_key::<KeyName>()? else {
                return Ok(None);
            };
            match key.as_str() {
                "Error" => {
                    self.aside.error = Some(self.inner.next_value()?);
                }
                _ => {
                    self.request_id_next = key == "RequestId";
                    let key: serde::de::value::StringDeserializer<A::Error> =
                        key.into_deserializer();
                    return seed.deserialize(key).map(Some);
                }
            }
        }
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, A::Error> {
        if std::mem::take(&mut self.request_id_next) {
            // Read it once, keep a copy, and replay it to `T` (a small string; a JSON value
            // replays `null` and strings alike, whatever type `T` gave the member).
            let id: serde_json::Value = self.inner.next_value()?;
            self.aside.request_id = id.as_str().map(str::to_owned);
            return seed.deserialize(id).map_err(A::Error::custom);
        }
        self.inner.next_value_seed(seed)
    }

    fn size_hint(&self) -> Option<usize> {
        self.inner.size_hint()
    }
}

#[derive(Deserialize)]
struct IdProbe {
    #[serde(rename = "Response")]
    response: IdOnly,
}

#[derive(Deserialize)]
struct IdOnly {
    #[serde(rename = "RequestId")]
    request_id: Option<String>,
}

/// The request id of an answer that failed to decode after its id was reached: a second
/// pass, taken only on that error path, so support can still be given the id.
pub(crate) fn request_id(body: &[u8]) -> Option<String> {
    serde_json::from_slice::<IdProbe>(body)
        .ok()
        .and_then(|p| p.response.request_id)
}
