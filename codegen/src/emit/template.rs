//! Methods written once as tokens with placeholder names, parsed once per thread, and
//! instantiated as syn nodes for every member: getters, setters and the builders' fixed
//! methods are most of the functions generated, and parsing each one again was a sixth of
//! the instructions of a whole-catalogue import and generation. A placeholder is an
//! identifier starting with `__` (`__field`, `__V`); an instance replaces each by its
//! identifier, or `__V` by a type.

use std::cell::RefCell;
use std::collections::HashMap;

use proc_macro2::{Ident, TokenStream};
use syn::visit_mut::VisitMut;

thread_local! {
    static PARSED: RefCell<HashMap<&'static str, syn::ImplItemFn>> = RefCell::new(HashMap::new());
}

/// A method's tokens, and its source text as the key it is parsed once under: two different
/// templates cannot share a key, as names chosen by hand could.
#[derive(Clone, Copy)]
pub struct Template {
    /// The tokens as written (`stringify!`).
    pub key: &'static str,
    /// The tokens.
    pub source: fn() -> TokenStream,
}

/// `template!(pub fn __field(&self) -> ... { ... })`: a [`Template`] of the method written.
macro_rules! template {
    ($($method:tt)*) => {
        $crate::emit::template::Template {
            key: stringify!($($method)*),
            source: || quote::quote!($($method)*),
        }
    };
}
pub(crate) use template;

/// What replaces the placeholders of a template.
#[derive(Default, Clone)]
pub struct Fill<'a> {
    /// `(placeholder, identifier)` pairs: `("__field", &field)`.
    pub idents: Vec<(&'static str, &'a Ident)>,
    /// The type that replaces `__V`.
    pub ty: Option<&'a syn::Type>,
}

impl VisitMut for Fill<'_> {
    fn visit_ident_mut(&mut self, i: &mut Ident) {
        if let Some((_, to)) = self.idents.iter().find(|(from, _)| i == from) {
            *i = (*to).clone();
        }
    }

    fn visit_type_mut(&mut self, t: &mut syn::Type) {
        if let (Some(ty), syn::Type::Path(p)) = (self.ty, &*t) {
            if p.qself.is_none() && p.path.is_ident("__V") {
                *t = ty.clone();
                return;
            }
        }
        syn::visit_mut::visit_type_mut(self, t);
    }
}

/// The method of `template`, parsed the first time this thread asks for it, with `fill`
/// applied and `docs` as its attributes.
pub fn method(
    template: Template,
    mut fill: Fill<'_>,
    docs: Vec<syn::Attribute>,
) -> Result<syn::ImplItem, String> {
    let mut f = PARSED.with(|parsed| -> Result<syn::ImplItemFn, String> {
        let mut parsed = parsed.borrow_mut();
        if let Some(f) = parsed.get(template.key) {
            return Ok(f.clone());
        }
        let f: syn::ImplItemFn = syn::parse2((template.source)())
            .map_err(|e| format!("template `{}` does not parse: {e}", template.key))?;
        parsed.insert(template.key, f.clone());
        Ok(f)
    })?;
    fill.visit_impl_item_fn_mut(&mut f);
    f.attrs = docs;
    Ok(syn::ImplItem::Fn(f))
}

/// A method written out once (the constructor of one type, say), parsed on its own.
pub fn parse_method(tokens: TokenStream) -> Result<syn::ImplItem, String> {
    syn::parse2(tokens).map_err(|e| format!("generated method does not parse: {e}"))
}

/// `header { items }`: an `impl` block (header `impl X` or `impl<M> X<M>`) of methods built
/// as nodes.
pub fn impl_block(header: TokenStream, items: Vec<syn::ImplItem>) -> Result<syn::Item, String> {
    let mut block: syn::ItemImpl = syn::parse2(quote::quote!(#header {}))
        .map_err(|e| format!("generated impl header does not parse: {e}"))?;
    block.items = items;
    Ok(syn::Item::Impl(block))
}

/// `header {}` (attributes and `pub struct X`) with `fields`: a struct built as a node.
pub fn struct_item(header: TokenStream, fields: Vec<syn::Field>) -> Result<syn::Item, String> {
    let mut item: syn::ItemStruct = syn::parse2(quote::quote!(#header {}))
        .map_err(|e| format!("generated struct header does not parse: {e}"))?;
    item.fields = syn::Fields::Named(syn::FieldsNamed {
        brace_token: Default::default(),
        named: fields.into_iter().collect(),
    });
    Ok(syn::Item::Struct(item))
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::{format_ident, quote};

    #[test]
    fn placeholders_are_replaced_everywhere_they_appear() {
        let field = format_ident!("command_id");
        let req = format_ident!("RunCommandRequest");
        let ty =
            crate::emit::data::generic("Vec", crate::emit::data::type_path(["tat_model", "Tag"]));
        let docs: Vec<syn::Attribute> = vec![syn::parse_quote!(#[doc = " Sets it."])];
        let setter = template!(
            pub fn __field(mut self, value: Option<__V>) -> __Req {
                self.request.__field = value;
                __Req::from(self)
            }
        );
        let item = method(
            setter,
            Fill {
                idents: vec![("__field", &field), ("__Req", &req)],
                ty: Some(&ty),
            },
            docs,
        )
        .unwrap();
        let expected: syn::ImplItem = syn::parse_quote! {
            #[doc = " Sets it."]
            pub fn command_id(mut self, value: Option<Vec<tat_model::Tag>>) -> RunCommandRequest {
                self.request.command_id = value;
                RunCommandRequest::from(self)
            }
        };
        assert_eq!(quote!(#item).to_string(), quote!(#expected).to_string());
        // The second use is the cached parse, filled again.
        let other = format_ident!("other");
        let cached = Template {
            source: || unreachable!("parsed once per thread"),
            ..setter
        };
        let item = method(
            cached,
            Fill {
                idents: vec![("__field", &other), ("__Req", &req)],
                ty: Some(&ty),
            },
            Vec::new(),
        )
        .unwrap();
        assert!(quote!(#item)
            .to_string()
            .contains("self . request . other = value"));
    }
}
