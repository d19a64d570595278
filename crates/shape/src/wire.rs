//! Serde glue shared by every generated enum, so each enum's `Serialize`/`Deserialize` is a
//! one-line call instead of a copied visitor.

use std::fmt;

use serde::de::{Deserializer, Error, Visitor};
use serde::Serializer;

/// Serialize a string enum by its wire value.
pub fn serialize_enum<S: Serializer>(value: &str, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(value)
}

/// Deserialize a string enum: any string is accepted (unknown ones become `Unknown`), borrowed
/// when the input allows it.
pub fn deserialize_enum<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: for<'a> From<&'a str> + From<String>,
{
    struct V<T>(std::marker::PhantomData<T>);
    impl<T: for<'a> From<&'a str> + From<String>> Visitor<'_> for V<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string")
        }
        fn visit_str<E: Error>(self, v: &str) -> Result<T, E> {
            Ok(T::from(v))
        }
        fn visit_string<E: Error>(self, v: String) -> Result<T, E> {
            Ok(T::from(v))
        }
    }
    deserializer.deserialize_str(V(std::marker::PhantomData))
}
